package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.model.PodInfo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A pod during one run. Mutable, owned by the run. {@code remainingMillis} is the run time still owed:
 * an evicted pod keeps its progress when it starts again elsewhere. {@code version} changes on every
 * eviction so that a finish scheduled before it is recognised as stale.
 */
final class SimPod {

    enum Phase { NOT_SUBMITTED, WAITING, RUNNING, DONE }

    final TracePod trace;
    final PodInfo waiting;
    private final Map<String, PodInfo> boundTo = new HashMap<>();
    Phase phase = Phase.NOT_SUBMITTED;
    Optional<SimNode> node = Optional.empty();
    Optional<SimNode> nominated = Optional.empty();
    boolean impossible;
    long remainingMillis;
    long startedAt;
    long firstStart = -1;
    int version;

    SimPod(TracePod trace) {
        this.trace = trace;
        this.remainingMillis = trace.durationMillis();
        PodInfo.Builder b = PodInfo.builder(trace.namespace(), trace.name()).owner("ReplicaSet")
                .container(trace.cpuMillis(), trace.memoryMib() << 20).priority(trace.priority()).unschedulable();
        trace.nodeSelector().forEach(b::nodeSelector);
        this.waiting = b.build();
    }

    String key() {
        return waiting.key();
    }

    /** The pod as bound to a node, built once per node since the planners see it many times. */
    PodInfo boundTo(SimNode n) {
        return boundTo.computeIfAbsent(n.name, waiting::boundTo);
    }

    /** Waiting and free to trigger a scale-up: not expected on a joining node, not known to be impossible. */
    boolean wantsScaleUp() {
        return phase == Phase.WAITING && nominated.isEmpty() && !impossible;
    }
}
