package io.provctl.cloud.testsupport;

import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Desired resources for tests, shaped like original-aws.hcl. */
public final class Clusters {

    private static final SourcePosition HERE = SourcePosition.unknown("test.hcl");

    private Clusters() {
    }

    public static ClusterSpec cluster(String name, String provider, PoolSpec... pools) {
        return new ClusterSpec(name, provider, "us-west-2",
                new NetworkSpec("10.0.0.0/16", List.of("us-west-2a", "us-west-2b"), true, false),
                new ControlPlaneSpec("managed", "1.28", true, new IdentitySpec("oidc", List.of()), Map.of()),
                List.of(pools), Map.of("Team", "platform"), HERE);
    }

    public static PoolSpec pool(String name, String instanceType, int min, int max, int desired) {
        return new PoolSpec(name, instanceType, min, max, desired, new SpotSpec(false, Optional.empty()),
                Map.of("workload", name), List.of(), Map.of(), HERE);
    }

    /** The resource at {@code id} of the cluster. */
    public static Resource resource(ClusterSpec cluster, ResourceId id) {
        return DesiredState.resourcesOf(cluster).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** A copy of {@code r} with one attribute changed. */
    public static Resource with(Resource r, String name, Object value) {
        Map<String, Object> attributes = new java.util.TreeMap<>(r.attributes());
        attributes.put(name, value);
        return Resource.of(r.id(), r.provider(), r.region(), attributes, r.dependsOn());
    }
}
