package io.provctl.cost.optimize;

import io.provctl.config.Configuration;
import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns chosen opportunities into a changed configuration, which {@code cost optimize --apply} then
 * plans like any other edit. Two chosen opportunities may not touch the same pool: which should win is
 * the user's choice, not ours.
 */
public final class OpportunityApplier {

    private OpportunityApplier() {
    }

    public static Configuration apply(Configuration config, Collection<Opportunity> chosen) {
        return new Configuration(apply(config.clusters(), chosen), config.providers(), config.budgets(),
                config.pricingFile(), config.sources());
    }

    public static List<ClusterSpec> apply(List<ClusterSpec> clusters, Collection<Opportunity> chosen) {
        requireDisjoint(chosen);
        List<ClusterSpec> out = new ArrayList<>();
        for (ClusterSpec c : clusters) {
            ClusterSpec changed = c;
            for (Opportunity o : chosen) {
                if (o.change().cluster().equals(c.name())) {
                    changed = apply(changed, o.change());
                }
            }
            out.add(changed);
        }
        return out;
    }

    private static ClusterSpec apply(ClusterSpec c, PoolChange change) {
        List<PoolSpec> pools = new ArrayList<>();
        boolean placed = false;
        for (PoolSpec p : c.pools()) {
            if (!change.pools().contains(p.name())) {
                pools.add(p);
            } else if (!placed) {
                pools.add(change.result());
                placed = true;
            }
        }
        if (!placed) {
            throw new IllegalArgumentException("cluster " + c.name() + " has no pool " + change.pools());
        }
        return new ClusterSpec(c.name(), c.provider(), c.region(), c.network(), c.controlPlane(), pools, c.tags(),
                c.position());
    }

    private static void requireDisjoint(Collection<Opportunity> chosen) {
        Set<String> seen = new HashSet<>();
        for (Opportunity o : chosen) {
            for (String pool : o.change().pools()) {
                if (!seen.add(o.change().cluster() + "/" + pool)) {
                    throw new IllegalArgumentException("two chosen opportunities change pool " + pool + " of cluster "
                            + o.change().cluster() + "; choose one of them");
                }
            }
        }
    }
}
