package io.provctl.cost.estimate;

import java.math.BigDecimal;

/**
 * How to estimate. {@code strict} (for {@code cost estimate}) fails on an instance type without a price;
 * lenient (for {@code plan}) warns and marks the line unpriced. The spot ratio is used only where the
 * catalog has no spot price, and the estimate says so.
 */
public record EstimateOptions(boolean strict, BigDecimal monthlyWarningThreshold, int rootVolumeGb,
                              BigDecimal assumedSpotRatio, NatGateways natGateways) {

    /** How many NAT gateways a network with {@code nat_gateway = true} gets. */
    public enum NatGateways { PER_AVAILABILITY_ZONE, ONE_PER_NETWORK }

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(10_000);
    public static final int DEFAULT_ROOT_VOLUME_GB = 20;
    /** The original Cluster API fork priced spot at 30 % of on-demand for t3, c5 and Azure D-series. */
    public static final BigDecimal DEFAULT_SPOT_RATIO = new BigDecimal("0.30");

    public EstimateOptions {
        if (rootVolumeGb < 0 || assumedSpotRatio.signum() < 0 || assumedSpotRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("root volume must be >= 0 GB and the spot ratio within [0, 1]");
        }
    }

    public static EstimateOptions strictDefaults() {
        return new EstimateOptions(true, DEFAULT_THRESHOLD, DEFAULT_ROOT_VOLUME_GB, DEFAULT_SPOT_RATIO,
                NatGateways.PER_AVAILABILITY_ZONE);
    }

    public static EstimateOptions lenientDefaults() {
        return strictDefaults().withStrict(false);
    }

    public EstimateOptions withStrict(boolean value) {
        return new EstimateOptions(value, monthlyWarningThreshold, rootVolumeGb, assumedSpotRatio, natGateways);
    }

    public EstimateOptions withThreshold(BigDecimal value) {
        return new EstimateOptions(strict, value, rootVolumeGb, assumedSpotRatio, natGateways);
    }

    public EstimateOptions withRootVolumeGb(int value) {
        return new EstimateOptions(strict, monthlyWarningThreshold, value, assumedSpotRatio, natGateways);
    }

    public EstimateOptions withNatGateways(NatGateways value) {
        return new EstimateOptions(strict, monthlyWarningThreshold, rootVolumeGb, assumedSpotRatio, value);
    }
}
