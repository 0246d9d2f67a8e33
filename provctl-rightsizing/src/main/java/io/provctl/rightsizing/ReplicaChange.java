package io.provctl.rightsizing;

import java.util.OptionalDouble;

/** The replica count before and after, with what the usage alone asked for before capping. */
public record ReplicaChange(int before, int after, int recommended) {

    public ReplicaChange {
        if (after < 1 || recommended < 1) {
            throw new IllegalArgumentException("a workload never goes below 1 replica");
        }
    }

    public boolean changes() {
        return before != after;
    }

    public OptionalDouble changePercent() {
        return Changes.percent(before, after);
    }
}
