package io.provctl.autoscaler.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A machine a node group can add: its allocatable capacity and its on-demand price per hour. */
public record Offering(String name, Resources capacity, BigDecimal pricePerHour) {

    public Offering {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(pricePerHour, "pricePerHour");
        if (pricePerHour.signum() < 0) {
            throw new IllegalArgumentException("offering " + name + ": negative price");
        }
        if (capacity.pods() < 1 || capacity.cpuMillis() < 1 || capacity.memoryBytes() < 1) {
            throw new IllegalArgumentException("offering " + name + ": capacity must be positive");
        }
    }

    /** An offering with no limit on ephemeral storage, which catalogs do not state. */
    public static Offering of(String name, long cpuMillis, long memoryBytes, long pods, BigDecimal pricePerHour) {
        return new Offering(name, new Resources(cpuMillis, memoryBytes, Resources.UNLIMITED, pods), pricePerHour);
    }
}
