package io.provctl.cost.estimate;

import io.provctl.cost.pricing.PriceUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The hourly and monthly cost of a quantity at a unit price. Hourly prices give an exact monthly cost
 * (hours x price); monthly and GB-month prices give an exact monthly cost and an hourly figure divided
 * by the billing month, kept to 10 decimal places (far below a cent over any month).
 */
public record Charge(BigDecimal hourly, BigDecimal monthly) {

    public static final int HOURLY_SCALE = 10;

    public static Charge of(PriceUnit unit, BigDecimal unitPrice, BigDecimal quantity, BigDecimal hoursPerMonth) {
        BigDecimal amount = unitPrice.multiply(quantity);
        if (unit == PriceUnit.HOUR) {
            return new Charge(amount, amount.multiply(hoursPerMonth));
        }
        return new Charge(amount.divide(hoursPerMonth, HOURLY_SCALE, RoundingMode.HALF_EVEN), amount);
    }
}
