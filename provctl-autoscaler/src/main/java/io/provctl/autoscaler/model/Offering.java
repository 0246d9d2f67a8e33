package io.provctl.autoscaler.model;

import io.provctl.cost.estimate.EstimateOptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A machine a node group can add: its allocatable capacity, its on-demand price per hour and its spot
 * price per hour (the catalog's, or the on-demand price times the cost engine's assumed ratio,
 * {@link EstimateOptions#DEFAULT_SPOT_RATIO}; {@code spotPriceAssumed} says which).
 */
public record Offering(String name, Resources capacity, BigDecimal pricePerHour, BigDecimal spotPricePerHour,
                       boolean spotPriceAssumed) {

    public Offering {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(pricePerHour, "pricePerHour");
        Objects.requireNonNull(spotPricePerHour, "spotPricePerHour");
        if (pricePerHour.signum() < 0 || spotPricePerHour.signum() < 0) {
            throw new IllegalArgumentException("offering " + name + ": negative price");
        }
        if (capacity.pods() < 1 || capacity.cpuMillis() < 1 || capacity.memoryBytes() < 1) {
            throw new IllegalArgumentException("offering " + name + ": capacity must be positive");
        }
    }

    /** An offering with no spot price of its own: spot at the assumed ratio of on-demand. */
    public Offering(String name, Resources capacity, BigDecimal pricePerHour) {
        this(name, capacity, pricePerHour, assumedSpot(pricePerHour), true);
    }

    /** An offering with no limit on ephemeral storage, which catalogs do not state. */
    public static Offering of(String name, long cpuMillis, long memoryBytes, long pods, BigDecimal pricePerHour) {
        return new Offering(name, new Resources(cpuMillis, memoryBytes, Resources.UNLIMITED, pods), pricePerHour);
    }

    /** The price per hour of one node on spot ({@code true}) or on-demand capacity. */
    public BigDecimal pricePerHour(boolean spot) {
        return spot ? spotPricePerHour : pricePerHour;
    }

    public Offering withSpotPrice(BigDecimal value, boolean assumed) {
        return new Offering(name, capacity, pricePerHour, value, assumed);
    }

    private static BigDecimal assumedSpot(BigDecimal onDemand) {
        return onDemand.multiply(EstimateOptions.DEFAULT_SPOT_RATIO).setScale(Math.max(4, onDemand.scale()),
                RoundingMode.HALF_UP);
    }
}
