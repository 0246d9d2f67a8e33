package io.provctl.cost.diff;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.model.ClusterSpec;
import io.provctl.store.StateView;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/** Compares two estimates resource by resource. */
public final class CostDiffer {

    private CostDiffer() {
    }

    public static CostDiff diff(CostEstimate before, CostEstimate after) {
        SortedMap<ResourceId, BigDecimal> b = before.monthlyByResource();
        SortedMap<ResourceId, BigDecimal> a = after.monthlyByResource();
        SortedSet<ResourceId> ids = new TreeSet<>(b.keySet());
        ids.addAll(a.keySet());
        List<ResourceDelta> deltas = new ArrayList<>();
        for (ResourceId id : ids) {
            deltas.add(new ResourceDelta(id, Optional.ofNullable(b.get(id)), Optional.ofNullable(a.get(id))));
        }
        return new CostDiff(deltas, before.monthly(), after.monthly());
    }

    /**
     * What {@code plan} and {@code cost diff CONFIG} show: the recorded state against the configuration,
     * both priced by {@code estimator}. Use a lenient estimator for {@code plan}, so an unknown price
     * warns instead of failing the plan; {@link CostDiff#deltas()} gives each action's monthly delta.
     */
    public static CostDiff againstState(CostEstimator estimator, StateView state, Collection<ClusterSpec> desired) {
        return diff(estimator.estimate(RecordedClusters.fromState(state)), estimator.estimate(desired));
    }
}
