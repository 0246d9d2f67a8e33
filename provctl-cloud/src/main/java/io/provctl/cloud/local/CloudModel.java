package io.provctl.cloud.local;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.cloud.local.LocalCloudStore.Change;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the simulated cloud does to its content on each request, as functions from one
 * {@link CloudState} to the next: validation, IDs, tags, nodes and quota. No I/O, no faults.
 */
final class CloudModel {

    /** Carries the cluster name on every resource, like the cluster tags real clouds propagate. */
    static final String CLUSTER_TAG = "provctl.io/cluster";

    private final InstanceTypeCatalog catalog;
    private final CapacityCheck capacity;
    private final Clock clock;
    private final IdGenerator ids;

    CloudModel(InstanceTypeCatalog catalog, Quota quota, Clock clock, IdGenerator ids) {
        this.catalog = LocalInstanceTypes.including(catalog);
        this.capacity = new CapacityCheck(quota, this.catalog);
        this.clock = clock;
        this.ids = ids;
    }

    Change<LocalResource> create(CloudState state, String provider, Resource desired) {
        validate(provider, desired);
        Instant now = clock.instant();
        String id = ids.next(prefix(desired.kind()), state.resources()::containsKey);
        LocalResource created = new LocalResource(id, desired.kind(), provider, desired.region(),
                LifecycleState.RUNNING, desired.attributes(), tags(state, desired), List.of(), now, now);
        return checked(state, withNodesMatching(created, now), desired.id().address());
    }

    Change<LocalResource> update(CloudState state, String provider, String providerId, Resource desired) {
        LocalResource existing = state.get(providerId).filter(r -> r.provider().equals(provider))
                .orElseThrow(() -> ProviderException.notFound("no " + provider + " resource with ID " + providerId));
        if (existing.kind() != desired.kind()) {
            throw ProviderException.invalid(providerId + " is a " + existing.kind().label() + ", cannot update it to a "
                    + desired.kind().label() + " (" + desired.id() + ")");
        }
        validate(provider, desired);
        Instant now = clock.instant();
        Map<String, String> tags = new TreeMap<>(existing.tags());
        tags.putAll(tags(state, desired));
        LocalResource changed = existing.withAttributes(desired.attributes(), now).withTags(tags, now);
        return checked(state, withNodesMatching(changed, now), desired.id().address());
    }

    /** Sets a pool's desired size to {@code n}, widening min/max as a console does when asked for more. */
    Change<LocalResource> scale(CloudState state, LocalResource pool, int n) {
        if (pool.kind() != ResourceKind.NODE_POOL) {
            throw ProviderException.invalid(pool.providerId() + " is a " + pool.kind().label()
                    + "; only node pools can be scaled");
        }
        if (n < 0) {
            throw ProviderException.invalid("a node pool cannot have " + n + " nodes");
        }
        PoolSize size = PoolSize.of(pool.providerId(), pool.attributes());
        Instant now = clock.instant();
        LocalResource scaled = pool.withAttribute("desired_size", n, now)
                .withAttribute("min_size", Math.min(size.minSize(), n), now)
                .withAttribute("max_size", Math.max(size.maxSize(), n), now);
        return checked(state, withNodesMatching(scaled, now), pool.providerId());
    }

    Change<LocalResource> setAttribute(CloudState state, LocalResource resource, String name, Object value) {
        LocalResource changed = resource.withAttribute(name, value, clock.instant());
        return new Change<>(state.with(changed), changed);
    }

    Change<LocalResource> tag(CloudState state, LocalResource resource, String key, String value) {
        Map<String, String> tags = new TreeMap<>(resource.tags());
        tags.put(key, value);
        LocalResource changed = resource.withTags(tags, clock.instant());
        return new Change<>(state.with(changed), changed);
    }

    private Change<LocalResource> checked(CloudState before, LocalResource changed, String subject) {
        CloudState after = before.with(changed);
        capacity.check(before, after, subject);
        return new Change<>(after, changed);
    }

    private void validate(String provider, Resource desired) {
        if (!desired.provider().equals(provider)) {
            throw ProviderException.invalid(desired.id() + " is declared for provider \"" + desired.provider()
                    + "\", but this cloud is \"" + provider + "\"");
        }
        if (desired.kind() == ResourceKind.NODE_POOL) {
            validateInstanceType(provider, desired.id(), PoolSize.of(desired.id().address(), desired.attributes()));
        }
    }

    private void validateInstanceType(String provider, ResourceId id, PoolSize size) {
        if (catalog.shape(provider, size.instanceType()).isPresent()) {
            return;
        }
        List<String> known = new ArrayList<>(catalog.instanceTypes(provider));
        String hint = known.isEmpty() ? "the instance type catalog knows no types for " + provider
                : "close matches: " + String.join(", ", CloseMatches.of(size.instanceType(), known, 5));
        throw ProviderException.invalid(id + ": unknown " + provider + " instance type \"" + size.instanceType()
                + "\" (" + hint + ")");
    }

    private LocalResource withNodesMatching(LocalResource r, Instant now) {
        if (r.kind() != ResourceKind.NODE_POOL) {
            return r;
        }
        int wanted = PoolSize.of(r.providerId(), r.attributes()).desiredSize();
        List<LocalNode> nodes = new ArrayList<>(r.nodes());
        while (nodes.size() > wanted) {
            nodes.remove(nodes.size() - 1); // the newest node goes first, as a scale-in usually picks
        }
        while (nodes.size() < wanted) {
            nodes.add(new LocalNode(ids.next("node", id -> nodes.stream().anyMatch(n -> n.id().equals(id))), now));
        }
        return nodes.equals(r.nodes()) ? r : r.withNodes(nodes, now);
    }

    private static SortedMap<String, String> tags(CloudState state, Resource desired) {
        SortedMap<String, String> tags = new TreeMap<>(clusterTags(state, desired));
        tags.put(CLUSTER_TAG, desired.id().clusterName());
        tags.put(CloudProvider.RESOURCE_ID_TAG, desired.id().address());
        return tags;
    }

    /** The user's cluster {@code tags}: from the request for a cluster, from the stored cluster otherwise. */
    private static Map<String, String> clusterTags(CloudState state, Resource desired) {
        Object tags = desired.kind() == ResourceKind.CLUSTER ? desired.attributes().get("tags")
                : state.byAddress(desired.id().clusterId()).stream().findFirst()
                        .map(c -> c.attributes().get("tags")).orElse(null);
        Map<String, String> out = new TreeMap<>();
        if (tags instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    private static String prefix(ResourceKind kind) {
        return switch (kind) {
            case NETWORK -> "vpc";
            case CLUSTER -> "cls";
            case CONTROL_PLANE -> "cp";
            case NODE_POOL -> "ng";
        };
    }
}
