package io.provctl.model;

import java.util.List;
import java.util.Map;

/** A {@code cluster "<name>"} block as written by the user, after evaluation. */
public record ClusterSpec(String name, String provider, String region, NetworkSpec network,
                          ControlPlaneSpec controlPlane, List<PoolSpec> pools, Map<String, String> tags,
                          SourcePosition position) {

    public ClusterSpec {
        pools = List.copyOf(pools);
        tags = Map.copyOf(tags);
    }
}
