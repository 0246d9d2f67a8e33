package io.provctl.cost.optimize;

import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;
import io.provctl.model.SpotSpec;
import io.provctl.model.TaintSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An on-demand pool marked interruptible (label or config {@code interruptible = true}, label
 * {@code spot = "true"}, or a spot-tolerant taint) can run on spot capacity. With a taint, only pods that
 * tolerate it land there, so the risk is low; otherwise medium.
 */
final class SpotRule implements OptimizationRule {

    private static final Set<String> SPOT_TAINTS = Set.of("spot", "interruptible", "preemptible",
            "kubernetes.azure.com/scalesetpriority", "cloud.google.com/gke-spot", "cloud.google.com/gke-preemptible");

    @Override
    public List<Opportunity> find(ClusterSpec c, OptimizerContext ctx) {
        List<Opportunity> out = new ArrayList<>();
        for (PoolSpec p : c.pools()) {
            if (p.spot().enabled() || p.desiredSize() == 0 || !interruptible(p)) {
                continue;
            }
            PoolSpec spot = Pools.withSpot(p, new SpotSpec(true, java.util.Optional.empty()));
            ctx.savings(c, p, spot).filter(s -> s.signum() > 0).ifPresent(s -> out.add(new Opportunity(
                    OpportunityKind.SPOT, ResourceId.pool(c.name(), p.name()),
                    new PoolChange.ReplacePool(c.name(), p.name(), spot), s,
                    tainted(p) ? Risk.LOW : Risk.MEDIUM,
                    "pool is marked interruptible but runs on demand; spot capacity costs less"
                            + (tainted(p) ? " and its taint keeps intolerant pods away"
                            : "; add a spot taint so only tolerant pods land there"))));
        }
        return out;
    }

    static boolean interruptible(PoolSpec p) {
        return "true".equalsIgnoreCase(p.labels().get("interruptible"))
                || "true".equalsIgnoreCase(p.labels().get("spot"))
                || Boolean.TRUE.equals(p.config().get("interruptible"))
                || tainted(p);
    }

    private static boolean tainted(PoolSpec p) {
        return p.taints().stream().map(TaintSpec::key).map(k -> k.toLowerCase(Locale.ROOT))
                .anyMatch(SPOT_TAINTS::contains);
    }

}
