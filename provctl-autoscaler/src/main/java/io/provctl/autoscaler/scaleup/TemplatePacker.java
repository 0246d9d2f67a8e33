package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.NodeState;
import io.provctl.autoscaler.scheduling.Predicates;

import java.util.ArrayList;
import java.util.List;

/**
 * First-fit decreasing onto new nodes made from one template: pods largest first (by their larger share
 * of the node's CPU or memory), each onto the first node that takes it, a new node opened when none does,
 * never more than the limit. A {@link FreeCapacityTree} finds the first node in logarithmic time, which
 * keeps a burst of ten thousand pods fast.
 */
public final class TemplatePacker {

    /** What one packing achieved. */
    public record Packing(int nodeCount, List<PodInfo> packed, Resources requested) {
    }

    private TemplatePacker() {
    }

    /** Packs pods that each fit an empty template node on their own (the caller checked). */
    public static Packing pack(NodeInfo template, List<PodInfo> pods, int maxNodes) {
        Resources cap = template.allocatable();
        List<PodInfo> order = largestShareFirst(pods, cap);
        int slots = Math.min(maxNodes, order.size());
        FreeCapacityTree tree = new FreeCapacityTree(slots, cap);
        List<NodeState> nodes = new ArrayList<>();
        List<PodInfo> packed = new ArrayList<>();
        Resources requested = Resources.ZERO;
        for (PodInfo pod : order) {
            int slot = tree.firstFit(pod.requests(), s -> s >= nodes.size()
                    || Predicates.antiAffinity(pod, nodes.get(s).pods()).isEmpty());
            if (slot < 0) {
                continue;
            }
            if (slot == nodes.size()) {
                nodes.add(new NodeState(template));
            }
            NodeState target = nodes.get(slot);
            target.add(pod);
            tree.update(slot, target.free());
            packed.add(pod);
            requested = requested.plus(pod.requests());
        }
        return new Packing(nodes.size(), packed, requested);
    }

    /** Decreasing share of the node; equal shares keep the given order, so the result is deterministic. */
    private static List<PodInfo> largestShareFirst(List<PodInfo> pods, Resources cap) {
        double[] shares = new double[pods.size()];
        Integer[] index = new Integer[pods.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = share(pods.get(i).requests(), cap);
            index[i] = i;
        }
        java.util.Arrays.sort(index, (a, b) -> Double.compare(shares[b], shares[a]));
        List<PodInfo> order = new ArrayList<>(pods.size());
        for (Integer i : index) {
            order.add(pods.get(i));
        }
        return order;
    }

    static double share(Resources r, Resources cap) {
        return Math.max((double) r.cpuMillis() / cap.cpuMillis(), (double) r.memoryBytes() / cap.memoryBytes());
    }
}
