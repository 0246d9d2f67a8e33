package io.provctl.testsupport;

import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;

import java.util.List;
import java.util.Map;

/** Object factories for configuration values, so tests say only what matters to them. */
public final class Specs {

    private static final SourcePosition HERE = new SourcePosition("test.hcl", 1, 1);

    private Specs() {
    }

    public static ClusterSpec cluster(String name, PoolSpec... pools) {
        return new ClusterSpec(name, "local", "local-1", network(), controlPlane("1.28"), List.of(pools),
                Map.of("team", "platform"), HERE);
    }

    public static NetworkSpec network() {
        return new NetworkSpec("10.0.0.0/16", List.of("a", "b"), true, false);
    }

    public static ControlPlaneSpec controlPlane(String version) {
        return new ControlPlaneSpec("managed", version, true, IdentitySpec.none(), Map.of());
    }

    public static PoolSpec pool(String name, String instanceType, int min, int max, int desired) {
        return new PoolSpec(name, instanceType, min, max, desired, SpotSpec.disabled(), Map.of(), List.of(), Map.of(),
                HERE);
    }
}
