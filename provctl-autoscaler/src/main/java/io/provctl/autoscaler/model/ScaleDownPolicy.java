package io.provctl.autoscaler.model;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A group's scale-down policy: a node is unneeded while its requests over allocatable stay below both
 * thresholds (fractions, 0.5 for 50 %) for {@code unneededTime}.
 */
public record ScaleDownPolicy(boolean enabled, BigDecimal cpuThreshold, BigDecimal memoryThreshold,
                              Duration unneededTime) {

    public static final ScaleDownPolicy DEFAULT = new ScaleDownPolicy(true, new BigDecimal("0.5"),
            new BigDecimal("0.5"), Duration.ofMinutes(10));
}
