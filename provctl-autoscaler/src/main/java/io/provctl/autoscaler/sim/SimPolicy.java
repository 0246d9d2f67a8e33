package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a simulated autoscaler runs with: the node groups (each starts with minNodes ready nodes of
 * its first offering),
 * the settings the real planners take, the batching window, how often the autoscaler scans, and the
 * delays the cloud adds: from requesting a node to its being usable (per offering, with a default) and
 * from deciding to remove a node to its being gone and no longer billed.
 */
public record SimPolicy(String name, List<NodeGroupInfo> groups, ScaleUpSettings scaleUp, ScaleDownSettings scaleDown,
                        PodBatcher batcher, Duration scanInterval, Duration defaultProvisioningDelay,
                        Map<String, Duration> provisioningDelays, Duration removalDelay) {

    public static final Duration DEFAULT_PROVISIONING_DELAY = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SCAN_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REMOVAL_DELAY = Duration.ofSeconds(30);

    public SimPolicy {
        Objects.requireNonNull(name, "name");
        groups = List.copyOf(groups);
        Objects.requireNonNull(scaleUp, "scaleUp");
        Objects.requireNonNull(scaleDown, "scaleDown");
        Objects.requireNonNull(batcher, "batcher");
        provisioningDelays = Map.copyOf(provisioningDelays);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("policy " + name + " has no node group");
        }
        if (scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("policy " + name + ": the scan interval must be positive");
        }
        if (defaultProvisioningDelay.isNegative() || removalDelay.isNegative()) {
            throw new IllegalArgumentException("policy " + name + ": delays must be 0 or more");
        }
    }

    /** A policy with the operator's defaults around these groups. */
    public static SimPolicy of(String name, List<NodeGroupInfo> groups) {
        return new SimPolicy(name, groups, ScaleUpSettings.DEFAULTS, ScaleDownSettings.DEFAULTS, PodBatcher.DEFAULT,
                DEFAULT_SCAN_INTERVAL, DEFAULT_PROVISIONING_DELAY, Map.of(), DEFAULT_REMOVAL_DELAY);
    }

    public Duration provisioningDelay(String offering) {
        return provisioningDelays.getOrDefault(offering, defaultProvisioningDelay);
    }

    /** Every offering of every group, once each by name, in group order. */
    public List<Offering> offerings() {
        List<Offering> all = new ArrayList<>();
        for (NodeGroupInfo g : groups) {
            g.offerings().stream().filter(o -> all.stream().noneMatch(a -> a.name().equals(o.name()))).forEach(all::add);
        }
        return all;
    }

    /** The longest a node can stay unneeded before it becomes a removal candidate, over all groups. */
    public Duration longestUnneededTime() {
        return groups.stream().map(g -> g.scaleDownPolicy().unneededTime()).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public SimPolicy withName(String value) {
        return new SimPolicy(value, groups, scaleUp, scaleDown, batcher, scanInterval, defaultProvisioningDelay,
                provisioningDelays, removalDelay);
    }
}
