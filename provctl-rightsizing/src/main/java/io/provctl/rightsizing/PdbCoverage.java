package io.provctl.rightsizing;

import java.util.Objects;

/**
 * One PodDisruptionBudget whose selector matches a workload's pod template, reduced to the pods it keeps
 * available (the operator resolves minAvailable or maxUnavailable, absolute or percent, against the
 * replicas, as the disruption controller does).
 */
public record PdbCoverage(String name, int minAvailable) {

    public PdbCoverage {
        Objects.requireNonNull(name, "name");
        if (minAvailable < 0) {
            throw new IllegalArgumentException("minAvailable must not be negative: " + minAvailable);
        }
    }

    /** Pods a drain may evict at once out of {@code replicas} healthy ones. */
    public int allowedDisruptions(int replicas) {
        return Math.max(0, replicas - minAvailable);
    }
}
