package io.provctl.autoscaler.scheduling;

import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node during one simulation: what it offers, and the pods on it so far, including those the
 * simulation has placed. Mutable on purpose and never shared beyond the decision that made it.
 */
public final class NodeState {

    private final NodeInfo node;
    private final List<PodInfo> pods = new ArrayList<>();
    private Resources used = Resources.ZERO;

    public NodeState(NodeInfo node) {
        this.node = node;
    }

    public NodeState(NodeInfo node, List<PodInfo> pods) {
        this(node);
        pods.forEach(this::add);
    }

    public NodeInfo node() {
        return node;
    }

    public String name() {
        return node.name();
    }

    public List<PodInfo> pods() {
        return Collections.unmodifiableList(pods);
    }

    public Resources used() {
        return used;
    }

    public Resources free() {
        return node.allocatable().minus(used);
    }

    /** The resources alone would admit this request: a cheap test before the full predicates. */
    public boolean hasRoomFor(Resources need) {
        Resources a = node.allocatable();
        return used.cpuMillis() + need.cpuMillis() <= a.cpuMillis()
                && used.memoryBytes() + need.memoryBytes() <= a.memoryBytes()
                && used.ephemeralBytes() + need.ephemeralBytes() <= a.ephemeralBytes()
                && used.pods() + need.pods() <= a.pods();
    }

    public void add(PodInfo pod) {
        pods.add(pod);
        used = used.plus(pod.requests());
    }

    public void remove(PodInfo pod) {
        if (pods.remove(pod)) {
            used = used.minus(pod.requests());
        }
    }
}
