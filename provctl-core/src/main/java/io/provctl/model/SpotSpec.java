package io.provctl.model;

import java.math.BigDecimal;
import java.util.Optional;

/** The {@code spot} block: whether the pool uses spot capacity and the highest hourly price it pays. */
public record SpotSpec(boolean enabled, Optional<BigDecimal> maxPrice) {

    public static SpotSpec disabled() {
        return new SpotSpec(false, Optional.empty());
    }
}
