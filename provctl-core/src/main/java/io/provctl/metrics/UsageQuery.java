package io.provctl.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Which usage to fetch: the workload, the window {@code [start, end]} and the wanted resolution. */
public record UsageQuery(WorkloadRef workload, Instant start, Instant end, Duration step) {

    public UsageQuery {
        Objects.requireNonNull(workload, "workload");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("usage window must start before it ends: " + start + " .. " + end);
        }
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
    }

    public Duration span() {
        return Duration.between(start, end);
    }

    public boolean covers(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }
}
