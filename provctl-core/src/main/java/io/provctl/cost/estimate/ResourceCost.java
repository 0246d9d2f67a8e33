package io.provctl.cost.estimate;

import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The cost of one resource (control plane, network or node pool), as the sum of its lines. */
public record ResourceCost(ResourceId id, String provider, String region, List<CostLine> lines,
                           Optional<CostRange> range) {

    public ResourceCost {
        lines = List.copyOf(lines);
    }

    public ResourceKind kind() {
        return id.kind();
    }

    /** True when every line has a known price. */
    public boolean priced() {
        return lines.stream().allMatch(CostLine::priced);
    }

    public BigDecimal hourly() {
        return lines.stream().map(l -> l.hourly().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal monthly() {
        return lines.stream().map(l -> l.monthly().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The monthly cost of the lines of one component, e.g. {@code instances (spot)}. */
    public BigDecimal monthlyOf(String component) {
        return lines.stream().filter(l -> l.component().equals(component))
                .map(l -> l.monthly().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
