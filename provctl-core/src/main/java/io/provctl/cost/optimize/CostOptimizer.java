package io.provctl.cost.optimize;

import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ResourceId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Lists ways to spend less on a configuration: downsize, rightsize, upsize, instance family change,
 * consolidation of pools and spot for interruptible pools. Computes only; applying is
 * {@link OpportunityApplier}'s job, and the result goes through an ordinary plan.
 */
public final class CostOptimizer {

    private final PriceSource prices;
    private final CostEstimator estimator;
    private final OptimizerOptions options;
    private final List<OptimizationRule> rules = List.of(new DownsizeRule(), new RightsizeRule(), new UpsizeRule(),
            new FamilyChangeRule(), new ConsolidationRule(), new SpotRule());

    /** {@code estimator} prices pools; it is used leniently, since an unpriced pool simply yields no opportunity. */
    public CostOptimizer(PriceSource prices, CostEstimator estimator, OptimizerOptions options) {
        this.prices = prices;
        this.estimator = estimator.with(estimator.options().withStrict(false));
        this.options = options;
    }

    public List<Opportunity> optimize(Collection<ClusterSpec> clusters) {
        return optimize(clusters, Map.of());
    }

    /** Opportunities, biggest monthly saving first; {@code utilization} refines the sizing rules when given. */
    public List<Opportunity> optimize(Collection<ClusterSpec> clusters, Map<ResourceId, Utilization> utilization) {
        OptimizerContext ctx = new OptimizerContext(prices, estimator, options, utilization);
        List<Opportunity> out = new ArrayList<>();
        for (ClusterSpec c : clusters) {
            rules.forEach(r -> out.addAll(r.find(c, ctx)));
        }
        out.sort(Comparator.comparing(Opportunity::monthlySavings).reversed().thenComparing(Opportunity::id));
        return out;
    }
}
