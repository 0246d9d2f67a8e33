package io.provctl.cost.estimate;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One priced component of a resource, Infracost style: what it is, how many units, the unit price and
 * the resulting hourly and monthly cost. An unpriced line (no known price) has neither cost, so a total
 * can never silently count it as zero.
 */
public record CostLine(String component, String detail, BigDecimal quantity, String unit,
                       Optional<BigDecimal> unitPrice, Optional<BigDecimal> hourly, Optional<BigDecimal> monthly,
                       Optional<String> priceSource) {

    public boolean priced() {
        return monthly.isPresent();
    }

    static CostLine unpriced(String component, String detail, BigDecimal quantity, String unit) {
        return new CostLine(component, detail, quantity, unit, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
