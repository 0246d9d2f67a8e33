package io.provctl.cost.optimize;

import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pool at its max size cannot grow when load rises: raise max by the upsize factor. Alone this costs
 * nothing at desired size (saving zero); when metrics show the nodes over the high threshold, desired
 * grows too and the saving is negative: it is the price of keeping workloads scheduled. Low risk.
 * A fixed-size pool (min = max) is left alone unless metrics show it hot: its size is a choice.
 */
final class UpsizeRule implements OptimizationRule {

    @Override
    public List<Opportunity> find(ClusterSpec c, OptimizerContext ctx) {
        List<Opportunity> out = new ArrayList<>();
        for (PoolSpec p : c.pools()) {
            if (p.maxSize() == 0 || p.desiredSize() < p.maxSize()) {
                continue;
            }
            int max = p.maxSize() + BigDecimal.valueOf(p.maxSize()).multiply(ctx.options.upsizeFactor())
                    .setScale(0, RoundingMode.CEILING).intValue();
            Optional<Utilization> u = ctx.utilization(c, p);
            boolean hot = u.filter(x -> x.peak().compareTo(ctx.options.highUtilization()) > 0).isPresent();
            if (p.minSize() == p.maxSize() && !hot) {
                continue;
            }
            int desired = u.filter(x -> x.peak().compareTo(ctx.options.highUtilization()) > 0)
                    .map(x -> Math.min(max, BigDecimal.valueOf(p.desiredSize()).multiply(x.peak())
                            .divide(ctx.options.targetUtilization(), 0, RoundingMode.CEILING).intValue()))
                    .orElse(p.desiredSize());
            PoolSpec bigger = Pools.withSizes(p, p.minSize(), max, desired);
            ctx.savings(c, p, bigger).ifPresent(s -> out.add(new Opportunity(OpportunityKind.UPSIZE,
                    ResourceId.pool(c.name(), p.name()), new PoolChange.ReplacePool(c.name(), p.name(), bigger), s,
                    Risk.LOW, "pool runs at its max size " + p.maxSize() + "; raise max to " + max
                            + (desired > p.desiredSize() ? " and desired to " + desired + " (nodes above "
                            + ctx.options.highUtilization().movePointRight(2).toPlainString() + " % use)" : "")
                            + " so it can absorb more load")));
        }
        return out;
    }
}
