package io.provctl.cost.pricing;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How a provider bills: how many hours make its billing month. AWS, Azure and GCP prices are quoted per
 * hour and estimates use the usual 730-hour month; VPSie quotes plans per month and bills a 720-hour month.
 */
public record BillingPolicy(String provider, BigDecimal hoursPerMonth) {

    public static final BigDecimal STANDARD_MONTH_HOURS = BigDecimal.valueOf(730);
    public static final BigDecimal VPSIE_MONTH_HOURS = BigDecimal.valueOf(720);

    public BillingPolicy {
        provider = provider.toLowerCase(Locale.ROOT);
        if (hoursPerMonth.signum() <= 0) {
            throw new IllegalArgumentException("hours per month must be positive");
        }
    }

    /** The sentence the estimate shows among its assumptions. */
    public String assumption() {
        return "Billing month for " + provider + ": " + hoursPerMonth.toPlainString() + " hours"
                + (hoursPerMonth.compareTo(STANDARD_MONTH_HOURS) == 0 ? "" : " (the provider's billing month)")
                + ".";
    }
}
