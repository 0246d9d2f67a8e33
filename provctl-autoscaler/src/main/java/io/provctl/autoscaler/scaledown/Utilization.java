package io.provctl.autoscaler.scaledown;

import io.provctl.autoscaler.model.Resources;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Requests over allocatable for CPU and memory, compared with thresholds exactly. */
public record Utilization(Resources requested, Resources allocatable) {

    /** Shown with three decimals. */
    public static final int SCALE = 3;

    public boolean below(BigDecimal cpuThreshold, BigDecimal memoryThreshold) {
        return under(requested.cpuMillis(), allocatable.cpuMillis(), cpuThreshold)
                && under(requested.memoryBytes(), allocatable.memoryBytes(), memoryThreshold);
    }

    /** The larger of the two ratios: what the report shows. */
    public BigDecimal value() {
        return ratio(requested.cpuMillis(), allocatable.cpuMillis())
                .max(ratio(requested.memoryBytes(), allocatable.memoryBytes()));
    }

    private static boolean under(long used, long total, BigDecimal threshold) {
        return BigDecimal.valueOf(used).compareTo(threshold.multiply(BigDecimal.valueOf(total))) < 0;
    }

    private static BigDecimal ratio(long used, long total) {
        return total <= 0 ? BigDecimal.ONE.setScale(SCALE)
                : BigDecimal.valueOf(used).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
    }
}
