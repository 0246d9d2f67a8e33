package io.provctl.cost.diff;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Monthly cost per resource before and after, and the total monthly delta. */
public record CostDiff(List<ResourceDelta> resources, BigDecimal monthlyBefore, BigDecimal monthlyAfter) {

    public CostDiff {
        resources = List.copyOf(resources);
    }

    public BigDecimal monthlyDelta() {
        return monthlyAfter.subtract(monthlyBefore);
    }

    /** The monthly delta of each resource that changed cost: what {@code plan} prints beside each action. */
    public SortedMap<ResourceId, BigDecimal> deltas() {
        SortedMap<ResourceId, BigDecimal> m = new TreeMap<>();
        resources.stream().filter(r -> r.change() != ResourceDelta.Change.UNCHANGED)
                .forEach(r -> m.put(r.id(), r.delta()));
        return m;
    }

    /** The delta for one resource (zero when it is not in the diff). */
    public BigDecimal deltaOf(ResourceId id) {
        Map<ResourceId, BigDecimal> d = deltas();
        return d.getOrDefault(id, BigDecimal.ZERO);
    }
}
