package io.provctl.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The resources a configuration asks for, keyed by address. Each cluster becomes a network, the
 * cluster, its control plane and one resource per node pool, with dependencies in that order.
 */
public record DesiredState(SortedMap<ResourceId, Resource> resources) {

    public DesiredState {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public static DesiredState empty() {
        return new DesiredState(new TreeMap<>());
    }

    public static DesiredState of(Collection<ClusterSpec> clusters) {
        SortedMap<ResourceId, Resource> out = new TreeMap<>();
        for (ClusterSpec c : clusters) {
            for (Resource r : resourcesOf(c)) {
                out.put(r.id(), r);
            }
        }
        return new DesiredState(out);
    }

    public Optional<Resource> get(ResourceId id) {
        return Optional.ofNullable(resources.get(id));
    }

    /** The resources that make up one cluster. */
    public static List<Resource> resourcesOf(ClusterSpec c) {
        ResourceId network = ResourceId.network(c.name());
        ResourceId cluster = ResourceId.cluster(c.name());
        ResourceId controlPlane = ResourceId.controlPlane(c.name());
        List<Resource> out = new java.util.ArrayList<>();
        out.add(resource(network, c, networkAttributes(c.network())));
        out.add(resource(cluster, c, clusterAttributes(c)));
        out.add(resource(controlPlane, c, controlPlaneAttributes(c.controlPlane())));
        for (PoolSpec p : c.pools()) {
            out.add(resource(ResourceId.pool(c.name(), p.name()), c, poolAttributes(p)));
        }
        return out;
    }

    private static Resource resource(ResourceId id, ClusterSpec c, Map<String, Object> attributes) {
        return Resource.of(id, c.provider(), c.region(), attributes, id.dependency().map(Set::of).orElse(Set.of()));
    }

    private static Map<String, Object> networkAttributes(NetworkSpec n) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("vpc_cidr", n.vpcCidr());
        a.put("availability_zones", n.availabilityZones());
        a.put("nat_gateway", n.natGateway());
        a.put("private_cluster", n.privateCluster());
        return a;
    }

    private static Map<String, Object> clusterAttributes(ClusterSpec c) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("tags", c.tags());
        return a;
    }

    private static Map<String, Object> controlPlaneAttributes(ControlPlaneSpec cp) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", cp.type());
        a.put("version", cp.version());
        a.put("ha", cp.ha());
        a.put("identity", Map.of("type", cp.identity().type(),
                "service_accounts", cp.identity().serviceAccounts()));
        a.put("config", cp.config());
        return a;
    }

    private static Map<String, Object> poolAttributes(PoolSpec p) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("instance_type", p.instanceType());
        a.put("min_size", p.minSize());
        a.put("max_size", p.maxSize());
        a.put("desired_size", p.desiredSize());
        a.put("spot_enabled", p.spot().enabled());
        p.spot().maxPrice().ifPresent(price -> a.put("spot_max_price", price));
        a.put("labels", p.labels());
        a.put("taints", p.taints().stream()
                .map(t -> Map.of("key", t.key(), "value", t.value(), "effect", t.effect())).toList());
        a.put("config", p.config());
        return a;
    }
}
