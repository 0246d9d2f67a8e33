package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.nodegroup.PendingCapacity;

/**
 * {@code count} nodes of {@code offering}: one entry of status.pendingScaleUps as the planner sees it.
 * {@code capacity} is its capacityType, null when the autoscaler did not state one (groups without spot).
 */
public record OfferingCount(String offering, int count, PendingCapacity capacity) {

    public OfferingCount {
        if (count < 0) {
            throw new IllegalArgumentException("a negative count of " + offering);
        }
    }

    public OfferingCount(String offering, int count) {
        this(offering, count, null);
    }

    /** Its nodes must be on-demand whatever the group's spot split allows. */
    public boolean onDemandOnly() {
        return capacity == PendingCapacity.ON_DEMAND;
    }

    public OfferingCount withCount(int value) {
        return new OfferingCount(offering, value, capacity);
    }
}
