package io.provctl.autoscaler.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one policy did with one trace. Money is exact decimal rounded to micro-units (6 places) of the
 * offerings' currency; node-hours per offering to 4 places. {@code scaleUps} counts scale-up decisions that
 * added nodes ({@code nodesAdded} the nodes), {@code scaleDowns} counts the nodes removed. {@code span} runs
 * from time 0 of the trace to the end of the run, once the cluster has settled after the last pod.
 */
public record SimResult(String policy, BigDecimal totalCost, BigDecimal lowerBoundCost,
                        Map<String, BigDecimal> nodeHours, int peakNodes, double meanCpuAllocation,
                        double meanMemoryAllocation, WaitStats waitSeconds, int pods, int unscheduledPods,
                        int scaleUps, int nodesAdded, int scaleDowns, Duration span, Duration wallTime,
                        List<TimelinePoint> timeline) {

    public SimResult {
        Objects.requireNonNull(policy, "policy");
        nodeHours = Map.copyOf(nodeHours);
        timeline = List.copyOf(timeline);
    }

    /** cost / lower bound: 1 is ideal; empty-handed when the bound is zero. */
    public Optional<BigDecimal> costOverBound() {
        return lowerBoundCost.signum() == 0 ? Optional.empty()
                : Optional.of(totalCost.divide(lowerBoundCost, 3, RoundingMode.HALF_UP));
    }

    /** The same result without its wall time, for comparing runs that must be identical. */
    public SimResult withoutWallTime() {
        return new SimResult(policy, totalCost, lowerBoundCost, nodeHours, peakNodes, meanCpuAllocation,
                meanMemoryAllocation, waitSeconds, pods, unscheduledPods, scaleUps, nodesAdded, scaleDowns, span,
                Duration.ZERO, timeline);
    }
}
