package io.provctl.cost.optimize;

import java.math.BigDecimal;

/**
 * Observed peak use of a pool's nodes as fractions of their allocatable CPU and memory (0.35 = 35 %).
 * Metrics come from the operator later; until then the optimizer works on the configuration alone.
 */
public record Utilization(BigDecimal cpuPeak, BigDecimal memoryPeak) {

    public Utilization {
        if (cpuPeak.signum() < 0 || memoryPeak.signum() < 0) {
            throw new IllegalArgumentException("utilization must not be negative");
        }
    }

    public static Utilization of(String cpu, String memory) {
        return new Utilization(new BigDecimal(cpu), new BigDecimal(memory));
    }

    public BigDecimal peak() {
        return cpuPeak.max(memoryPeak);
    }
}
