package io.provctl.cost.estimate;

import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the pricers of one estimate share: prices, billing, options, and the assumptions and warnings met. */
final class EstimateContext {

    final PriceSource prices;
    final BillingPolicies billing;
    final EstimateOptions options;
    final Assumptions assumptions = new Assumptions();
    final List<CostWarning> warnings = new ArrayList<>();

    EstimateContext(PriceSource prices, BillingPolicies billing, EstimateOptions options) {
        this.prices = prices;
        this.billing = billing;
        this.options = options;
    }

    BigDecimal hoursPerMonth(String provider) {
        return billing.forProvider(provider).hoursPerMonth();
    }

    /** A priced line, or an unpriced one plus an unknown-price warning when the SKU has no price. */
    CostLine line(ResourceId of, String provider, String region, String component, String sku,
                  BigDecimal quantity, String unit) {
        Optional<PriceRow> row = prices.find(provider, region, sku);
        if (row.isEmpty()) {
            warnings.add(new CostWarning.UnknownPrice(of, provider, region, sku));
            return CostLine.unpriced(component, sku, quantity, unit);
        }
        PriceRow r = row.get();
        Charge c = Charge.of(r.unit(), r.price(), quantity, hoursPerMonth(provider));
        return new CostLine(component, sku, quantity, unit, Optional.of(r.price()), Optional.of(c.hourly()),
                Optional.of(c.monthly()), Optional.of(r.source()));
    }
}
