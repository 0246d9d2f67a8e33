package io.provctl.cost.optimize;

import io.provctl.cost.pricing.PriceRow;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The same shape (vCPU and memory) from a cheaper family, e.g. m5.large to m5a.large or t3.large, or
 * Standard_D4s_v3 to Standard_D4as_v5. Moving to a burstable family is medium risk (CPU credits run out
 * under sustained load); otherwise low.
 */
final class FamilyChangeRule implements OptimizationRule {

    @Override
    public List<Opportunity> find(ClusterSpec c, OptimizerContext ctx) {
        List<Opportunity> out = new ArrayList<>();
        for (PoolSpec p : c.pools()) {
            ctx.shape(c, p.instanceType()).flatMap(current -> cheaperTwin(c, current, ctx)).ifPresent(twin -> {
                PoolSpec changed = Pools.withInstanceType(p, twin.sku());
                ctx.savings(c, p, changed).filter(s -> s.signum() > 0).ifPresent(s -> out.add(new Opportunity(
                        OpportunityKind.FAMILY_CHANGE, ResourceId.pool(c.name(), p.name()),
                        new PoolChange.ReplacePool(c.name(), p.name(), changed), s,
                        Families.burstable(twin.sku()) ? Risk.MEDIUM : Risk.LOW,
                        twin.sku() + " has the same " + twin.vcpu().orElseThrow() + " vCPU / "
                                + twin.memoryGib().orElseThrow().toPlainString() + " GiB shape as "
                                + p.instanceType() + " for less"
                                + (Families.burstable(twin.sku()) ? " (burstable: CPU credits limit sustained load)"
                                : ""))));
            });
        }
        return out;
    }

    private static Optional<PriceRow> cheaperTwin(ClusterSpec c, PriceRow current, OptimizerContext ctx) {
        String family = Families.of(current.sku());
        return ctx.instanceTypes(c).stream()
                .filter(r -> !Families.of(r.sku()).equals(family))
                .filter(r -> r.unit() == current.unit())
                .filter(r -> r.vcpu().equals(current.vcpu())
                        && r.memoryGib().orElseThrow().compareTo(current.memoryGib().orElseThrow()) == 0)
                .filter(r -> r.price().compareTo(current.price()) < 0)
                .min(Comparator.comparing(PriceRow::price).thenComparing(PriceRow::sku));
    }
}
