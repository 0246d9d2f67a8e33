package io.provctl.drift;

import java.util.Locale;

/** What kind of difference between the recorded state and the provider a drift is. */
public enum DriftType {
    /** Tags, labels, configuration maps, instance type and every attribute no other type claims. */
    CONFIG_CHANGE,
    /** The control plane runs another Kubernetes version than recorded. */
    VERSION_SKEW,
    /** A node pool's desired, minimum or maximum size changed. */
    SCALE_CHANGE,
    /** The VPC CIDR, availability zones or NAT gateway changed. */
    NETWORK_CHANGE,
    /** The API endpoint's exposure (private_cluster), the identity or the taints changed. */
    SECURITY_CHANGE,
    /** A recorded resource is gone from the provider. */
    RESOURCE_DELETED,
    /** The provider holds a resource tagged as provctl's that the state does not record. */
    RESOURCE_ADDED;

    /** The lower-case name used in JSON and tables. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
