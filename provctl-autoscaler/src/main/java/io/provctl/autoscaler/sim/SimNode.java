package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.scheduling.NodeState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A node during one run, from its request to its removal. Mutable, owned by the run. */
final class SimNode {

    enum Phase { PROVISIONING, READY, DRAINING, GONE }

    final String name;
    final String group;
    final Offering offering;
    final long requestedAt;
    final NodeInfo ready;
    final NodeInfo joining;
    final NodeState state;
    Phase phase = Phase.PROVISIONING;
    long goneAt = -1;

    SimNode(String name, String group, Offering offering, long requestedAt, Map<String, String> labels,
            List<Taint> taints) {
        this.name = name;
        this.group = group;
        this.offering = offering;
        this.requestedAt = requestedAt;
        Map<String, String> all = new HashMap<>(labels);
        all.put(NodeInfo.HOSTNAME_LABEL, name);
        this.ready = new NodeInfo(name, offering.capacity(), all, taints, false, Map.of(), true, false);
        this.joining = new NodeInfo(name, offering.capacity(), all, taints, false, Map.of(), false, true);
        this.state = new NodeState(ready);
    }

    /** How the decisions see it now: joining while provisioning, ready after. */
    NodeInfo info() {
        return phase == Phase.PROVISIONING ? joining : ready;
    }

    boolean alive() {
        return phase != Phase.GONE;
    }

    /** Counted by the decisions: it exists or is on its way, and is not being removed. */
    boolean managed() {
        return phase == Phase.PROVISIONING || phase == Phase.READY;
    }

    /** Cheap resource check before the full predicates. */
    boolean hasRoomFor(PodInfo pod) {
        return pod.requests().fitsIn(state.free());
    }

    /** MostAllocated: the share of CPU and memory requested once this pod is added, summed. */
    double scoreWith(PodInfo pod) {
        var alloc = offering.capacity();
        var used = state.used();
        return (double) (used.cpuMillis() + pod.requests().cpuMillis()) / alloc.cpuMillis()
                + (double) (used.memoryBytes() + pod.requests().memoryBytes()) / alloc.memoryBytes();
    }
}
