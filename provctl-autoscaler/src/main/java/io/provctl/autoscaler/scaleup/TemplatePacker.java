package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.NodeState;
import io.provctl.autoscaler.scheduling.Predicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * First-fit decreasing onto new nodes made from one template, run twice: pods ordered by their larger
 * share of the node's CPU or memory, and by the sum of both shares; the packing that places more pods on
 * fewer nodes wins (neither order is better on every workload). Each pod goes onto the first node that
 * takes it, a new node opened when none does, never more than the limit. A {@link FreeCapacityTree} finds
 * the first node in logarithmic time, which keeps a burst of ten thousand pods fast.
 */
public final class TemplatePacker {

    /** What one packing achieved. */
    public record Packing(int nodeCount, List<PodInfo> packed, Resources requested) {

        boolean betterThan(Packing o) {
            return packed.size() != o.packed.size() ? packed.size() > o.packed.size() : nodeCount < o.nodeCount;
        }
    }

    private TemplatePacker() {
    }

    /** Packs pods that each fit an empty template node on their own (the caller checked). */
    public static Packing pack(NodeInfo template, List<PodInfo> pods, int maxNodes) {
        Resources cap = template.allocatable();
        Packing byMax = firstFit(template, decreasing(pods, p -> share(p.requests(), cap)), maxNodes);
        Packing bySum = firstFit(template, decreasing(pods, p -> shareSum(p.requests(), cap)), maxNodes);
        return bySum.betterThan(byMax) ? bySum : byMax;
    }

    /** First fit in the given order. */
    static Packing firstFit(NodeInfo template, List<PodInfo> order, int maxNodes) {
        int slots = Math.min(maxNodes, order.size());
        FreeCapacityTree tree = new FreeCapacityTree(slots, template.allocatable());
        List<NodeState> nodes = new ArrayList<>();
        List<PodInfo> packed = new ArrayList<>();
        Resources requested = Resources.ZERO;
        for (PodInfo pod : order) {
            int slot = tree.firstFit(pod.requests(), s -> Predicates.antiAffinity(pod, nodes.get(s).pods()).isEmpty());
            if (slot < 0 && nodes.size() < slots) {
                slot = nodes.size();
                nodes.add(new NodeState(template));
            }
            if (slot < 0) {
                continue;
            }
            NodeState target = nodes.get(slot);
            target.add(pod);
            tree.update(slot, target.free());
            packed.add(pod);
            requested = requested.plus(pod.requests());
        }
        return new Packing(nodes.size(), packed, requested);
    }

    /** Decreasing size; equal sizes keep the given order, so the result is deterministic. */
    static List<PodInfo> decreasing(List<PodInfo> pods, ToDoubleFunction<PodInfo> size) {
        double[] sizes = new double[pods.size()];
        Integer[] index = new Integer[pods.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = size.applyAsDouble(pods.get(i));
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Double.compare(sizes[b], sizes[a]));
        List<PodInfo> order = new ArrayList<>(pods.size());
        for (Integer i : index) {
            order.add(pods.get(i));
        }
        return order;
    }

    static double share(Resources r, Resources cap) {
        return Math.max((double) r.cpuMillis() / cap.cpuMillis(), (double) r.memoryBytes() / cap.memoryBytes());
    }

    static double shareSum(Resources r, Resources cap) {
        return (double) r.cpuMillis() / cap.cpuMillis() + (double) r.memoryBytes() / cap.memoryBytes();
    }
}
