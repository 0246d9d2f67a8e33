package io.provctl.cost.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a price catalog: what is sold (provider, region, SKU, and for instance types their vCPU
 * and memory), its on-demand price in {@link #unit()}, the typical spot price when one is published,
 * and where the figure comes from.
 */
public record PriceRow(PriceKey key, Optional<Integer> vcpu, Optional<BigDecimal> memoryGib, BigDecimal price,
                       Optional<BigDecimal> spotPrice, PriceUnit unit, String source, Optional<LocalDate> date) {

    public PriceRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0 || spotPrice.map(BigDecimal::signum).orElse(0) < 0) {
            throw new IllegalArgumentException("negative price for " + key);
        }
    }

    public String provider() {
        return key.provider();
    }

    public String region() {
        return key.region();
    }

    public String sku() {
        return key.sku();
    }

    /** True for rows that describe a machine (they carry a shape), as opposed to fees and storage. */
    public boolean isInstanceType() {
        return vcpu.isPresent() && memoryGib.isPresent();
    }
}
