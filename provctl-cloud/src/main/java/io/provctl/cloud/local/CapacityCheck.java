package io.provctl.cloud.local;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.model.ResourceKind;
import io.provctl.provider.ProviderException;

/**
 * Enforces the account {@link Quota} over every node pool the cloud holds, whatever provider it stands
 * in for. Only a change that grows usage past a limit is refused, so shrinking always works even when a
 * lowered quota is already exceeded.
 */
final class CapacityCheck {

    private final Quota quota;
    private final InstanceTypeCatalog catalog;

    CapacityCheck(Quota quota, InstanceTypeCatalog catalog) {
        this.quota = quota;
        this.catalog = catalog;
    }

    void check(CloudState before, CloudState after, String subject) {
        quota.maxNodes().ifPresent(limit -> refuseGrowth(subject, "nodes", nodes(before), nodes(after), limit));
        quota.maxVcpus().ifPresent(limit -> refuseGrowth(subject, "vCPUs", vcpus(before), vcpus(after), limit));
    }

    private static void refuseGrowth(String subject, String unit, long before, long after, int limit) {
        if (after > limit && after > before) {
            throw ProviderException.capacity("quota exceeded for " + subject + ": it would bring the account to "
                    + after + " " + unit + ", the limit is " + limit + " (" + before + " in use)");
        }
    }

    private static long nodes(CloudState state) {
        return state.resources().values().stream().filter(CapacityCheck::isPool).mapToLong(r -> r.nodes().size())
                .sum();
    }

    private long vcpus(CloudState state) {
        return state.resources().values().stream().filter(CapacityCheck::isPool)
                .mapToLong(r -> (long) r.nodes().size() * vcpusPerNode(r)).sum();
    }

    private int vcpusPerNode(LocalResource pool) {
        Object type = pool.attributes().get("instance_type");
        return type instanceof String t ? catalog.shape(pool.provider(), t).map(s -> s.vcpu()).orElse(0) : 0;
    }

    private static boolean isPool(LocalResource r) {
        return r.kind() == ResourceKind.NODE_POOL;
    }
}
