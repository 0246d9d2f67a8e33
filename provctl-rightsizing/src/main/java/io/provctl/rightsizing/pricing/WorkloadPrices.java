package io.provctl.rightsizing.pricing;

import io.provctl.rightsizing.ResourcePrices;

import java.util.Objects;
import java.util.Optional;

/**
 * The prices a workload's requests are costed at, and, when they are the reference node's because
 * none of its pods' nodes could be priced, why: a saving computed on a stand-in price must say so.
 */
public record WorkloadPrices(ResourcePrices prices, Optional<String> fallbackReason) {

    public WorkloadPrices {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(fallbackReason, "fallbackReason");
    }

    public boolean fromReference() {
        return fallbackReason.isPresent();
    }
}
