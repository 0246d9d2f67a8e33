package io.provctl.operator.api.v1alpha1.managednode;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a ManagedNode is in its life; Failed can follow any phase. */
public enum ManagedNodePhase {
    @JsonProperty("Pending") PENDING("Pending"),
    @JsonProperty("Provisioning") PROVISIONING("Provisioning"),
    @JsonProperty("Provisioned") PROVISIONED("Provisioned"),
    @JsonProperty("Joining") JOINING("Joining"),
    @JsonProperty("Ready") READY("Ready"),
    @JsonProperty("Terminating") TERMINATING("Terminating"),
    @JsonProperty("Deleting") DELETING("Deleting"),
    @JsonProperty("Failed") FAILED("Failed");

    private final String label;

    ManagedNodePhase(String label) {
        this.label = label;
    }

    /** The name as written in the resource and in metrics. */
    public String label() {
        return label;
    }
}
