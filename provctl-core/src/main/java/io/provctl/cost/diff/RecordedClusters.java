package io.provctl.cost.diff;

import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;
import io.provctl.model.TaintSpec;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rebuilds cluster specs from the recorded state (the attributes the planner stored), so the current
 * state can be estimated with the same estimator and compared against a configuration.
 */
public final class RecordedClusters {

    private static final SourcePosition STATE = SourcePosition.unknown("state");

    private RecordedClusters() {
    }

    public static List<ClusterSpec> fromState(StateView state) {
        SortedMap<String, List<RecordedResource>> byCluster = new TreeMap<>();
        state.resources().values().forEach(r ->
                byCluster.computeIfAbsent(r.id().clusterName(), k -> new ArrayList<>()).add(r));
        List<ClusterSpec> out = new ArrayList<>();
        byCluster.forEach((name, resources) -> cluster(name, resources).ifPresent(out::add));
        return out;
    }

    private static Optional<ClusterSpec> cluster(String name, List<RecordedResource> resources) {
        Optional<RecordedResource> any = resources.stream().findFirst();
        if (any.isEmpty()) {
            return Optional.empty();
        }
        NetworkSpec network = find(resources, ResourceKind.NETWORK).map(RecordedClusters::network)
                .orElse(new NetworkSpec("", List.of(), false, false));
        ControlPlaneSpec cp = find(resources, ResourceKind.CONTROL_PLANE).map(RecordedClusters::controlPlane)
                .orElse(new ControlPlaneSpec("none", "", false, IdentitySpec.none(), Map.of()));
        List<PoolSpec> pools = resources.stream().filter(r -> r.id().kind() == ResourceKind.NODE_POOL)
                .map(RecordedClusters::pool).toList();
        RecordedResource first = any.get();
        return Optional.of(new ClusterSpec(name, first.provider(), first.region(), network, cp, pools, Map.of(),
                STATE));
    }

    private static Optional<RecordedResource> find(List<RecordedResource> rs, ResourceKind kind) {
        return rs.stream().filter(r -> r.id().kind() == kind).findFirst();
    }

    private static NetworkSpec network(RecordedResource r) {
        Map<String, Object> a = r.attributes();
        return new NetworkSpec(string(a, "vpc_cidr"), strings(a.get("availability_zones")),
                bool(a, "nat_gateway"), bool(a, "private_cluster"));
    }

    private static ControlPlaneSpec controlPlane(RecordedResource r) {
        Map<String, Object> a = r.attributes();
        Object config = a.get("config");
        return new ControlPlaneSpec(string(a, "type"), string(a, "version"), bool(a, "ha"), IdentitySpec.none(),
                config instanceof Map<?, ?> m ? stringKeys(m) : Map.of());
    }

    private static PoolSpec pool(RecordedResource r) {
        Map<String, Object> a = r.attributes();
        ResourceId id = r.id();
        Optional<BigDecimal> maxPrice = a.get("spot_max_price") instanceof BigDecimal d ? Optional.of(d)
                : Optional.empty();
        Object config = a.get("config");
        return new PoolSpec(id.poolName().orElseThrow(), string(a, "instance_type"), integer(a, "min_size"),
                integer(a, "max_size"), integer(a, "desired_size"), new SpotSpec(bool(a, "spot_enabled"), maxPrice),
                labels(a.get("labels")), taints(a.get("taints")),
                config instanceof Map<?, ?> m ? stringKeys(m) : Map.of(), STATE);
    }

    private static String string(Map<String, Object> a, String key) {
        Object v = a.get(key);
        return v == null ? "" : v.toString();
    }

    private static boolean bool(Map<String, Object> a, String key) {
        return Boolean.TRUE.equals(a.get(key));
    }

    private static int integer(Map<String, Object> a, String key) {
        return a.get(key) instanceof BigDecimal d ? d.intValue() : 0;
    }

    private static List<String> strings(Object v) {
        return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<String, String> labels(Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
        }
        return out;
    }

    private static List<TaintSpec> taints(Object v) {
        if (!(v instanceof List<?> l)) {
            return List.of();
        }
        List<TaintSpec> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> m) {
                out.add(new TaintSpec(String.valueOf(m.get("key")), String.valueOf(m.get("value")),
                        String.valueOf(m.get("effect"))));
            }
        }
        return out;
    }
}
