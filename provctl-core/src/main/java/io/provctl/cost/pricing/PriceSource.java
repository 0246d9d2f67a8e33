package io.provctl.cost.pricing;

import java.util.List;
import java.util.Optional;

/**
 * Where prices come from: the embedded catalog, a user's file, or (later) a live provider API. Every
 * estimator, calculator and optimizer reads prices only through this port.
 */
public interface PriceSource {

    /** The price of one SKU in one region, if this source knows it. */
    Optional<PriceRow> find(PriceKey key);

    /** Every row this source knows, for listing and comparing offerings. */
    List<PriceRow> rows();

    default Optional<PriceRow> find(String provider, String region, String sku) {
        return find(new PriceKey(provider, region, sku));
    }
}
