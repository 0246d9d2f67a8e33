package io.provctl.cost.estimate;

import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Estimates what clusters cost before anything is created: control plane fee, network, and each node
 * pool with its on-demand and spot parts. A pure function of the specs, the prices and the options.
 */
public final class CostEstimator {

    private final PriceSource prices;
    private final BillingPolicies billing;
    private final EstimateOptions options;
    private final ControlPlanePricer controlPlanes = new ControlPlanePricer();
    private final NetworkPricer networks = new NetworkPricer();
    private final PoolPricer pools = new PoolPricer();

    public CostEstimator(PriceSource prices, BillingPolicies billing, EstimateOptions options) {
        this.prices = prices;
        this.billing = billing;
        this.options = options;
    }

    public EstimateOptions options() {
        return options;
    }

    /** The same estimator with other options (for example lenient for {@code plan}). */
    public CostEstimator with(EstimateOptions other) {
        return new CostEstimator(prices, billing, other);
    }

    /**
     * Estimates every cluster.
     *
     * @throws UnknownPriceException in strict mode, for the first pool whose instance type has no price
     */
    public CostEstimate estimate(Collection<ClusterSpec> clusters) {
        EstimateContext ctx = new EstimateContext(prices, billing, options);
        List<ResourceCost> resources = new ArrayList<>();
        Set<String> providers = new LinkedHashSet<>();
        for (ClusterSpec c : clusters) {
            providers.add(c.provider());
            controlPlanes.price(c, ctx).ifPresent(resources::add);
            networks.price(c, ctx).ifPresent(resources::add);
            for (PoolSpec p : c.pools()) {
                resources.add(pools.price(c, p, ctx));
            }
        }
        resources.sort(Comparator.comparing(ResourceCost::id));
        return finish(resources, providers, ctx);
    }

    private CostEstimate finish(List<ResourceCost> resources, Set<String> providers, EstimateContext ctx) {
        BigDecimal hourly = resources.stream().map(ResourceCost::hourly).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal monthly = resources.stream().map(ResourceCost::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> assumptions = new ArrayList<>();
        providers.forEach(p -> assumptions.add(billing.forProvider(p).assumption()));
        assumptions.addAll(ctx.assumptions.list());
        assumptions.add("Prices are on-demand list prices in USD without taxes, discounts or commitments.");
        List<CostWarning> warnings = new ArrayList<>(ctx.warnings);
        if (monthly.compareTo(options.monthlyWarningThreshold()) > 0) {
            warnings.add(0, new CostWarning.OverThreshold(monthly, options.monthlyWarningThreshold()));
        }
        return new CostEstimate(resources, hourly, monthly, assumptions, warnings);
    }
}
