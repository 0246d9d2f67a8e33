package io.provctl.rightsizing.spot;

import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.estimate.InstancePrice;
import io.provctl.cost.pricing.PriceRow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * What spot capacity costs as a share of on-demand, and whether that share is a catalog figure or the
 * cost engine's assumption. Estimates built on an assumed ratio say so in their notes.
 *
 * @param ratio   spot price / on-demand price, within [0, 1]
 * @param assumed true when the catalog has no spot price for the node and {@link #DEFAULT} stands in
 * @param basis   where the ratio comes from, for the notes
 */
public record SpotRatio(BigDecimal ratio, boolean assumed, String basis) {

    /**
     * The cost engine's assumption where the catalog has no spot price ({@link EstimateOptions#DEFAULT_SPOT_RATIO}):
     * 30 % of on-demand, the ratio the original Cluster API fork priced t3, c5 and Azure D-series at. The
     * catalog's own spot rows are close (GCP e2 30 %, n2 24 %, AWS t3 us-west-2 30 %).
     */
    public static final BigDecimal DEFAULT = EstimateOptions.DEFAULT_SPOT_RATIO;

    private static final MathContext MC = MathContext.DECIMAL64;

    public SpotRatio {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(basis, "basis");
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a spot ratio is within [0, 1]: " + ratio);
        }
    }

    /** The default ratio, for prices that come from no catalog node. */
    public static SpotRatio assumedDefault() {
        return new SpotRatio(DEFAULT, true, "estimated with a " + percent(BigDecimal.ONE.subtract(DEFAULT))
                + "% default spot discount (the cost engine's assumption: spot at " + percent(DEFAULT)
                + "% of on-demand); actual spot prices vary");
    }

    /** The ratio for one catalog node: its spot price over its on-demand price, or the default. */
    public static SpotRatio of(PriceRow row) {
        InstancePrice p = InstancePrice.of(row, DEFAULT);
        if (p.spotAssumed() || p.onDemand().signum() == 0) {
            SpotRatio d = assumedDefault();
            return new SpotRatio(d.ratio(), true, d.basis() + "; the catalog has no spot price for " + row.key());
        }
        BigDecimal r = p.spot().divide(p.onDemand(), MC).min(BigDecimal.ONE);
        return new SpotRatio(r, false, "spot price of " + row.key() + " from the catalog: $"
                + p.spot().toPlainString() + "/h against $" + p.onDemand().toPlainString() + "/h on demand ("
                + percent(BigDecimal.ONE.subtract(r)) + "% less; a typical price, actual spot prices vary)");
    }

    /** The share saved by running on spot, e.g. 0.70. */
    public BigDecimal discount() {
        return BigDecimal.ONE.subtract(ratio);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
