package io.provctl.cost.optimize;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.CostLine;
import io.provctl.cost.estimate.ResourceCost;
import io.provctl.cost.pricing.PriceRow;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the rules share: prices, the estimator that prices a pool alone, options and metrics. */
final class OptimizerContext {

    final PriceSource prices;
    final OptimizerOptions options;
    final Map<ResourceId, Utilization> utilization;
    private final CostEstimator estimator;

    OptimizerContext(PriceSource prices, CostEstimator estimator, OptimizerOptions options,
                     Map<ResourceId, Utilization> utilization) {
        this.prices = prices;
        this.estimator = estimator;
        this.options = options;
        this.utilization = Map.copyOf(utilization);
    }

    Optional<Utilization> utilization(ClusterSpec c, PoolSpec p) {
        return Optional.ofNullable(utilization.get(ResourceId.pool(c.name(), p.name())));
    }

    /**
     * The monthly cost of one pool, priced exactly as {@code cost estimate} would; empty when its instance
     * type has no price. Unpriced root volumes count for nothing on both sides of a comparison, which
     * understates savings from fewer nodes rather than inventing them.
     */
    Optional<BigDecimal> poolMonthly(ClusterSpec c, PoolSpec p) {
        ClusterSpec alone = new ClusterSpec(c.name(), c.provider(), c.region(),
                new NetworkSpec("", List.of(), false, false),
                new ControlPlaneSpec("none", "", false, IdentitySpec.none(), Map.of()), List.of(p), Map.of(),
                c.position());
        CostEstimate e = estimator.estimate(List.of(alone));
        return e.resource(ResourceId.pool(c.name(), p.name()))
                .filter(r -> r.lines().stream().filter(l -> l.component().startsWith("instances"))
                        .allMatch(CostLine::priced))
                .map(ResourceCost::monthly);
    }

    Optional<BigDecimal> savings(ClusterSpec c, PoolSpec before, PoolSpec after) {
        return poolMonthly(c, before).flatMap(b -> poolMonthly(c, after).map(b::subtract));
    }

    Optional<PriceRow> shape(ClusterSpec c, String instanceType) {
        return prices.find(c.provider(), c.region(), instanceType).filter(PriceRow::isInstanceType);
    }

    List<PriceRow> instanceTypes(ClusterSpec c) {
        return prices.rows().stream().filter(PriceRow::isInstanceType)
                .filter(r -> r.provider().equalsIgnoreCase(c.provider()) && r.region().equalsIgnoreCase(c.region()))
                .toList();
    }
}
