package io.provctl.autoscaler.scheduling;

import io.provctl.autoscaler.model.PodInfo;

import java.util.List;
import java.util.Optional;

/** Places a pod on the first node, in the given order, that accepts it. */
public final class FirstFit {

    private FirstFit() {
    }

    /** The node the pod went to, already updated with it; empty when none accepts it. */
    public static Optional<NodeState> place(PodInfo pod, List<NodeState> nodes) {
        for (NodeState n : nodes) {
            if (n.hasRoomFor(pod.requests()) && Predicates.check(pod, n).isEmpty()) {
                n.add(pod);
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
