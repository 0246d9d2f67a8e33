package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * status.pendingScaleUps[].capacityType: what capacity the nodes of a pending scale-up may use. The autoscaler
 * writes it only on groups with spotConfig.enabled; {@code on-demand} when some of the pods the nodes are for
 * do not tolerate the spot taint, so spot nodes would be of no use to them.
 */
public enum PendingCapacity {
    /** The group's spot split decides, as for nodes created without a pending scale-up. */
    @JsonProperty("spot-allowed") SPOT_ALLOWED,
    /** On-demand nodes, whatever the split would allow. */
    @JsonProperty("on-demand") ON_DEMAND
}
