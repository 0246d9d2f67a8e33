package io.provctl.cost.estimate;

import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceUnit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The price of one instance type on demand and on spot, in the unit of its catalog row (per hour, or per
 * month for providers that price plans monthly). When the catalog has no spot price, the spot price is
 * the on-demand price times an assumed ratio and {@link #spotAssumed()} says so.
 */
public record InstancePrice(PriceRow row, BigDecimal onDemand, BigDecimal spot, boolean spotAssumed) {

    public static Optional<InstancePrice> lookup(PriceSource prices, String provider, String region,
                                                 String instanceType, BigDecimal spotRatio) {
        return prices.find(provider, region, instanceType).map(r -> of(r, spotRatio));
    }

    public static InstancePrice of(PriceRow row, BigDecimal spotRatio) {
        return row.spotPrice()
                .map(s -> new InstancePrice(row, row.price(), s, false))
                .orElseGet(() -> new InstancePrice(row, row.price(), row.price().multiply(spotRatio), true));
    }

    public PriceUnit unit() {
        return row.unit();
    }

    public BigDecimal price(boolean onSpot) {
        return onSpot ? spot : onDemand;
    }

    /** The charge for {@code nodes} instances in a month of {@code hoursPerMonth}. */
    public Charge charge(boolean onSpot, BigDecimal nodes, BigDecimal hoursPerMonth) {
        return Charge.of(unit(), price(onSpot), nodes, hoursPerMonth);
    }
}
