package io.provctl.autoscaler.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one decision looks at, taken at one instant: pods, nodes, PDBs and node groups. */
public record ClusterSnapshot(List<PodInfo> pods, List<NodeInfo> nodes, List<PdbInfo> pdbs,
                              List<NodeGroupInfo> groups) {

    public ClusterSnapshot {
        pods = List.copyOf(pods);
        nodes = List.copyOf(nodes);
        pdbs = List.copyOf(pdbs);
        groups = List.copyOf(groups);
    }

    /** Pods waiting because the scheduler found no node for them. */
    public List<PodInfo> unschedulablePods() {
        return pods.stream().filter(p -> p.unschedulable() && p.nodeName().isEmpty()).toList();
    }

    /** Pods bound to a node, by node name. */
    public Map<String, List<PodInfo>> podsByNode() {
        Map<String, List<PodInfo>> byNode = new HashMap<>();
        for (PodInfo p : pods) {
            p.nodeName().ifPresent(n -> byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(p));
        }
        return byNode;
    }

    /** The snapshot with these pods (by namespace/name) bound to the given nodes. */
    public ClusterSnapshot withBindings(Map<String, String> nodeByPod) {
        if (nodeByPod.isEmpty()) {
            return this;
        }
        List<PodInfo> bound = pods.stream().map(p -> nodeByPod.containsKey(p.key()) ? p.boundTo(nodeByPod.get(p.key())) : p)
                .toList();
        return new ClusterSnapshot(bound, nodes, pdbs, groups);
    }

    public Optional<NodeGroupInfo> group(String name) {
        // a plain loop: this runs for every node of every pass, and a stream costs more than the search
        for (NodeGroupInfo g : groups) {
            if (g.name().equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * What the group nodes cost per hour now, priced by their instance-type label, spot nodes (labelled
     * {@value NodeInfo#CAPACITY_TYPE_LABEL}=spot) at the offering's spot price; unknown ones count zero.
     */
    public BigDecimal costPerHour() {
        BigDecimal total = BigDecimal.ZERO;
        for (NodeInfo n : nodes) {
            Optional<Offering> o = n.group().flatMap(this::group).flatMap(g -> n.instanceType().flatMap(g::offering));
            if (o.isPresent()) {
                total = total.add(o.get().pricePerHour(n.spot()));
            }
        }
        return total;
    }
}
