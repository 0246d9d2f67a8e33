package io.provctl.cost.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much a second configuration saves against a first, per month and per year (12 months). */
public record Savings(BigDecimal monthlyBefore, BigDecimal monthlyAfter) {

    public BigDecimal monthly() {
        return monthlyBefore.subtract(monthlyAfter);
    }

    public BigDecimal yearly() {
        return monthly().multiply(BigDecimal.valueOf(12));
    }

    /** Savings as a percentage of the first configuration, to two decimals (zero when it costs nothing). */
    public BigDecimal percent() {
        if (monthlyBefore.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return monthly().multiply(BigDecimal.valueOf(100)).divide(monthlyBefore, 2, RoundingMode.HALF_UP);
    }
}
