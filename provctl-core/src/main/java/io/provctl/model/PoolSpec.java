package io.provctl.model;

import java.util.List;
import java.util.Map;

/**
 * A {@code pool "<name>"} block inside {@code worker_pools}. {@code desiredSize} defaults to
 * {@code minSize} when the user leaves it out, as a node group with no desired size starts at its minimum.
 */
public record PoolSpec(String name, String instanceType, int minSize, int maxSize, int desiredSize,
                       SpotSpec spot, Map<String, String> labels, List<TaintSpec> taints,
                       Map<String, Object> config, SourcePosition position) {

    public PoolSpec {
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
        config = Attributes.canonicalMap(config);
    }
}
