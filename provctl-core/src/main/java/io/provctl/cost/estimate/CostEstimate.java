package io.provctl.cost.estimate;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a set of clusters costs: one entry per resource, exact hourly and monthly totals (unrounded
 * BigDecimal; rounding is the renderers' business), the assumptions behind the figures and warnings.
 */
public record CostEstimate(List<ResourceCost> resources, BigDecimal hourly, BigDecimal monthly,
                           List<String> assumptions, List<CostWarning> warnings) {

    public CostEstimate {
        resources = List.copyOf(resources);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
    }

    public static CostEstimate empty() {
        return new CostEstimate(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());
    }

    public Optional<ResourceCost> resource(ResourceId id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Monthly cost per resource, the shape cost snapshots and diffs work with. */
    public SortedMap<ResourceId, BigDecimal> monthlyByResource() {
        SortedMap<ResourceId, BigDecimal> m = new TreeMap<>();
        resources.forEach(r -> m.put(r.id(), r.monthly()));
        return m;
    }

    /** True when every line is priced, so the totals are complete. */
    public boolean complete() {
        return resources.stream().allMatch(ResourceCost::priced);
    }
}
