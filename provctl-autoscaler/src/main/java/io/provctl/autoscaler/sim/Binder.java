package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.scheduling.Predicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The simulated kube-scheduler: binds a pod to the ready node with the most requested resources that still
 * accepts it (MostAllocated scoring, CPU and memory shares summed; ties to the older node), using the same
 * predicates as the autoscaler. Waiting pods are served by priority, then submission.
 */
final class Binder {

    /** Higher priority first, then earlier submission, then name: the scheduling queue. */
    static final Comparator<SimPod> QUEUE_ORDER = Comparator.comparingInt((SimPod p) -> -p.trace.priority())
            .thenComparingLong(p -> p.trace.submitMillis()).thenComparing(SimPod::key);

    /** The order the scale-up packer uses, so expected placements match its packing. */
    static final Comparator<SimPod> LARGEST_FIRST = Comparator.comparingLong((SimPod p) -> -p.trace.cpuMillis())
            .thenComparingLong(p -> -p.trace.memoryMib()).thenComparing(SimPod::key);

    private final Collection<SimNode> nodes;
    private final TreeSet<SimPod> waiting;

    Binder(Collection<SimNode> nodes, TreeSet<SimPod> waiting) {
        this.nodes = nodes;
        this.waiting = waiting;
    }

    /** The best ready node for the pod, if any accepts it. */
    Optional<SimNode> choose(SimPod p) {
        SimNode best = null;
        double bestScore = -1;
        for (SimNode n : nodes) {
            if (fits(p, n)) {
                double score = n.scoreWith(p.waiting);
                if (score > bestScore) {
                    best = n;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    boolean fits(SimPod p, SimNode n) {
        return n.phase == SimNode.Phase.READY && n.hasRoomFor(p.waiting)
                && Predicates.check(p.waiting, n.state).isEmpty();
    }

    /**
     * Waiting pods that may fit a node that just gained room, in queue order. Every waiting pod already
     * failed on every other node and those have not gained room, so this node is the only one to try.
     */
    List<SimPod> candidatesFor(SimNode n) {
        if (n.phase != SimNode.Phase.READY || waiting.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(waiting);
    }
}
