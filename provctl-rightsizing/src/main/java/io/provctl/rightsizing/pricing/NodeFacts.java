package io.provctl.rightsizing.pricing;

import java.util.Objects;
import java.util.Optional;

/**
 * What is known about the node a pod runs on that bears on its price: the instance type, the region
 * and the provider, each when some label, the node's providerID or provctl's NodeGroup says so.
 */
public record NodeFacts(String node, Optional<String> instanceType, Optional<String> region,
                        Optional<String> provider) {

    public NodeFacts {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
    }
}
