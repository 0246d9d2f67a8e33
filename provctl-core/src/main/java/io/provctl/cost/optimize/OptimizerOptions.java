package io.provctl.cost.optimize;

import java.math.BigDecimal;

/**
 * Thresholds of the optimizer's rules. Pools below {@code lowUtilization} at peak are oversized; pools
 * above {@code highUtilization} at their max need room; resizing aims at {@code targetUtilization}.
 * Pools of at most {@code smallPoolNodes} nodes are candidates for consolidation.
 */
public record OptimizerOptions(BigDecimal lowUtilization, BigDecimal targetUtilization, BigDecimal highUtilization,
                               BigDecimal upsizeFactor, int smallPoolNodes) {

    public static OptimizerOptions defaults() {
        return new OptimizerOptions(new BigDecimal("0.40"), new BigDecimal("0.60"), new BigDecimal("0.80"),
                new BigDecimal("0.50"), 3);
    }
}
