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
 * Fewer nodes of the same type. With metrics: a pool whose peak use is under the low threshold gets the
 * node count that brings it to the target (never under its min), low risk. Without metrics, a documented
 * heuristic on the configuration alone: a pool whose desired size is at least twice its minimum is
 * proposed at max(min, half its desired size), high risk, since nothing shows the nodes are idle; the
 * autoscaler grows it back if pods stay pending.
 */
final class DownsizeRule implements OptimizationRule {

    @Override
    public List<Opportunity> find(ClusterSpec c, OptimizerContext ctx) {
        List<Opportunity> out = new ArrayList<>();
        for (PoolSpec p : c.pools()) {
            Optional<Utilization> u = ctx.utilization(c, p);
            Optional<Proposal> proposal = u.isPresent() ? fromMetrics(p, u.get(), ctx) : fromConfig(p);
            proposal.ifPresent(pr -> {
                PoolSpec smaller = Pools.withSizes(p, p.minSize(), p.maxSize(), pr.desired);
                ctx.savings(c, p, smaller).filter(s -> s.signum() > 0).ifPresent(s -> out.add(new Opportunity(
                        OpportunityKind.DOWNSIZE, ResourceId.pool(c.name(), p.name()),
                        new PoolChange.ReplacePool(c.name(), p.name(), smaller), s, pr.risk, pr.reason)));
            });
        }
        return out;
    }

    private static Optional<Proposal> fromMetrics(PoolSpec p, Utilization u, OptimizerContext ctx) {
        if (u.peak().compareTo(ctx.options.lowUtilization()) >= 0 || p.desiredSize() == 0) {
            return Optional.empty();
        }
        int needed = BigDecimal.valueOf(p.desiredSize()).multiply(u.peak())
                .divide(ctx.options.targetUtilization(), 0, RoundingMode.CEILING).intValue();
        int desired = Math.max(Math.max(p.minSize(), 1), needed);
        return desired < p.desiredSize() ? Optional.of(new Proposal(desired, Risk.LOW,
                "peak use " + percent(u.peak()) + " % is under " + percent(ctx.options.lowUtilization())
                        + " %: " + desired + " nodes run it at about " + percent(ctx.options.targetUtilization())
                        + " %")) : Optional.empty();
    }

    private static Optional<Proposal> fromConfig(PoolSpec p) {
        int floor = Math.max(p.minSize(), 1);
        if (p.desiredSize() < 2 * floor || p.desiredSize() <= p.minSize()) {
            return Optional.empty();
        }
        int desired = Math.max(p.minSize(), (p.desiredSize() + 1) / 2);
        return desired < p.desiredSize() ? Optional.of(new Proposal(desired, Risk.HIGH,
                "desired size " + p.desiredSize() + " is at least twice the minimum " + p.minSize()
                        + "; without utilisation metrics, start at " + desired
                        + " and let the autoscaler add nodes when pods are pending")) : Optional.empty();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private record Proposal(int desired, Risk risk, String reason) {
    }
}
