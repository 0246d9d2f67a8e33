package io.provctl.cost.optimize;

import io.provctl.cost.pricing.PriceRow;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A smaller instance type for the same node count, when metrics show the nodes underused: each node
 * needs vCPU x peak CPU / target and memory x peak memory / target. Only with metrics: a shape cannot be
 * judged from the configuration. Medium risk: per-pod requests may not fit smaller nodes.
 */
final class RightsizeRule implements OptimizationRule {

    @Override
    public List<Opportunity> find(ClusterSpec c, OptimizerContext ctx) {
        List<Opportunity> out = new ArrayList<>();
        for (PoolSpec p : c.pools()) {
            Optional<Utilization> u = ctx.utilization(c, p);
            Optional<PriceRow> current = ctx.shape(c, p.instanceType());
            if (u.isEmpty() || current.isEmpty() || u.get().peak().compareTo(ctx.options.lowUtilization()) >= 0) {
                continue;
            }
            smaller(c, current.get(), u.get(), ctx).ifPresent(r -> {
                PoolSpec changed = Pools.withInstanceType(p, r.sku());
                ctx.savings(c, p, changed).filter(s -> s.signum() > 0).ifPresent(s -> out.add(new Opportunity(
                        OpportunityKind.RIGHTSIZE, ResourceId.pool(c.name(), p.name()),
                        new PoolChange.ReplacePool(c.name(), p.name(), changed), s, Risk.MEDIUM,
                        p.instanceType() + " nodes peak at " + u.get().cpuPeak().movePointRight(2).toPlainString()
                                + " % CPU and " + u.get().memoryPeak().movePointRight(2).toPlainString()
                                + " % memory; " + r.sku() + " still runs them near the target")));
            });
        }
        return out;
    }

    private static Optional<PriceRow> smaller(ClusterSpec c, PriceRow current, Utilization u, OptimizerContext ctx) {
        BigDecimal target = ctx.options.targetUtilization();
        BigDecimal vcpu = BigDecimal.valueOf(current.vcpu().orElseThrow()).multiply(u.cpuPeak())
                .divide(target, 6, RoundingMode.CEILING);
        BigDecimal mem = current.memoryGib().orElseThrow().multiply(u.memoryPeak()).divide(target, 6,
                RoundingMode.CEILING);
        return ctx.instanceTypes(c).stream()
                .filter(r -> r.unit() == current.unit())
                .filter(r -> BigDecimal.valueOf(r.vcpu().orElseThrow()).compareTo(vcpu) >= 0
                        && r.memoryGib().orElseThrow().compareTo(mem) >= 0)
                .filter(r -> r.price().compareTo(current.price()) < 0)
                .min(Comparator.comparing(PriceRow::price).thenComparing(PriceRow::sku));
    }
}
