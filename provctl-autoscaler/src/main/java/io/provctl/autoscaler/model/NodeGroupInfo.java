package io.provctl.autoscaler.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A NodeGroup as the decisions see it. {@code currentNodes} counts the nodes it has or is creating, so
 * that maxNodes holds while new nodes are still on their way.
 */
public record NodeGroupInfo(String name, int minNodes, int maxNodes, int currentNodes, List<Offering> offerings,
                            Map<String, String> labels, List<Taint> taints, ScaleUpPolicy scaleUpPolicy,
                            ScaleDownPolicy scaleDownPolicy, Optional<Instant> lastScaleUpTime) {

    public NodeGroupInfo {
        Objects.requireNonNull(name, "name");
        offerings = List.copyOf(offerings);
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
        Objects.requireNonNull(scaleUpPolicy, "scaleUpPolicy");
        Objects.requireNonNull(scaleDownPolicy, "scaleDownPolicy");
        Objects.requireNonNull(lastScaleUpTime, "lastScaleUpTime");
        if (minNodes < 0 || maxNodes < minNodes) {
            throw new IllegalArgumentException("node group " + name + ": need 0 <= minNodes <= maxNodes, got "
                    + minNodes + " and " + maxNodes);
        }
    }

    /** A group with default policies and no taints, for tests and simulators. */
    public static NodeGroupInfo of(String name, int min, int max, int current, List<Offering> offerings) {
        return new NodeGroupInfo(name, min, max, current, offerings, Map.of(), List.of(), ScaleUpPolicy.DEFAULT,
                ScaleDownPolicy.DEFAULT, Optional.empty());
    }

    public Optional<Offering> offering(String offeringName) {
        return offerings.stream().filter(o -> o.name().equals(offeringName)).findFirst();
    }

    public NodeGroupInfo withCurrentNodes(int count) {
        return new NodeGroupInfo(name, minNodes, maxNodes, count, offerings, labels, taints, scaleUpPolicy,
                scaleDownPolicy, lastScaleUpTime);
    }

    public NodeGroupInfo withLabels(Map<String, String> value) {
        return new NodeGroupInfo(name, minNodes, maxNodes, currentNodes, offerings, value, taints, scaleUpPolicy,
                scaleDownPolicy, lastScaleUpTime);
    }

    public NodeGroupInfo withTaints(List<Taint> value) {
        return new NodeGroupInfo(name, minNodes, maxNodes, currentNodes, offerings, labels, value, scaleUpPolicy,
                scaleDownPolicy, lastScaleUpTime);
    }

    public NodeGroupInfo withLastScaleUp(Instant at) {
        return new NodeGroupInfo(name, minNodes, maxNodes, currentNodes, offerings, labels, taints, scaleUpPolicy,
                scaleDownPolicy, Optional.of(at));
    }

    public NodeGroupInfo withPolicies(ScaleUpPolicy up, ScaleDownPolicy down) {
        return new NodeGroupInfo(name, minNodes, maxNodes, currentNodes, offerings, labels, taints, up, down,
                lastScaleUpTime);
    }
}
