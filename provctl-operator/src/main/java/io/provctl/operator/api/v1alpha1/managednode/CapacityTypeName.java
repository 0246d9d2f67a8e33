package io.provctl.operator.api.v1alpha1.managednode;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.provctl.provider.CapacityType;

/** spec.capacityType and status.capacityType of a ManagedNode, written as the Node label's value. */
public enum CapacityTypeName {
    @JsonProperty("on-demand") ON_DEMAND,
    @JsonProperty("spot") SPOT;

    public CapacityType toDomain() {
        return this == SPOT ? CapacityType.SPOT : CapacityType.ON_DEMAND;
    }

    public static CapacityTypeName of(CapacityType type) {
        return type == CapacityType.SPOT ? SPOT : ON_DEMAND;
    }
}
