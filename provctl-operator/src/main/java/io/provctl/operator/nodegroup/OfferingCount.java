package io.provctl.operator.nodegroup;

/** {@code count} nodes of {@code offering}: one entry of status.pendingScaleUps as the planner sees it. */
public record OfferingCount(String offering, int count) {

    public OfferingCount {
        if (count < 0) {
            throw new IllegalArgumentException("a negative count of " + offering);
        }
    }
}
