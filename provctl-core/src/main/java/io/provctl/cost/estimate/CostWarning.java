package io.provctl.cost.estimate;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Something the user should know about an estimate. Each variant has a stable code for JSON. */
public sealed interface CostWarning {

    String code();

    String message();

    /** The resource the warning is about, if it is about one. */
    Optional<ResourceId> resource();

    /** The monthly total is above the configured threshold. */
    record OverThreshold(BigDecimal monthly, BigDecimal threshold) implements CostWarning {
        public String code() {
            return "over_threshold";
        }

        public String message() {
            return "monthly total $" + cents(monthly) + " is over the $" + cents(threshold) + " threshold";
        }

        public Optional<ResourceId> resource() {
            return Optional.empty();
        }
    }

    /** An on-demand pool could run on spot capacity for less. */
    record SpotSavingsAvailable(ResourceId pool, BigDecimal monthlySavings, boolean assumedSpotPrice)
            implements CostWarning {
        public String code() {
            return "spot_savings_available";
        }

        public String message() {
            return pool + " runs on demand; spot capacity would save about $" + cents(monthlySavings)
                    + " a month" + (assumedSpotPrice ? " (spot price assumed, see assumptions)" : "")
                    + " if its workloads tolerate interruption";
        }

        public Optional<ResourceId> resource() {
            return Optional.of(pool);
        }
    }

    /** A spot pool's max price is below the spot price the estimate uses: capacity may not be granted. */
    record SpotMaxPriceBelowEstimate(ResourceId pool, BigDecimal maxPrice, BigDecimal estimatedSpotPrice)
            implements CostWarning {
        public String code() {
            return "spot_max_price_below_estimate";
        }

        public String message() {
            return pool + " caps spot at $" + maxPrice.toPlainString() + "/h, below the estimated spot price $"
                    + estimatedSpotPrice.toPlainString() + "/h: spot capacity may not be granted";
        }

        public Optional<ResourceId> resource() {
            return Optional.of(pool);
        }
    }

    /** No price is known for something the configuration asks for; the total leaves it out. */
    record UnknownPrice(ResourceId of, String provider, String region, String sku) implements CostWarning {
        public String code() {
            return "unknown_price";
        }

        public String message() {
            return "no price for " + sku + " in " + provider + "/" + region + " (" + of
                    + "): it is NOT included in the total; add it with a pricing file";
        }

        public Optional<ResourceId> resource() {
            return Optional.of(of);
        }
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
