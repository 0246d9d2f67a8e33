package io.provctl.cost.pricing;

import java.util.Locale;

/** Identifies one price: provider, region and SKU. Provider and region compare case-insensitively. */
public record PriceKey(String provider, String region, String sku) {

    public PriceKey {
        provider = provider.trim().toLowerCase(Locale.ROOT);
        region = region.trim().toLowerCase(Locale.ROOT);
        sku = sku.trim();
    }

    @Override
    public String toString() {
        return provider + "/" + region + "/" + sku;
    }
}
