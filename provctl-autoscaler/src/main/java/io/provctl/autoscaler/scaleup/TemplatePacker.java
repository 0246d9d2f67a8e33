package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.NodeState;
import io.provctl.autoscaler.scheduling.Predicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * First-fit decreasing onto new nodes made from one template: pods largest first (by their larger share
 * of the node's CPU or memory), each onto the first open node that takes it, a new node opened when none
 * does, never more than the limit. Nodes too full for the smallest pod leave the search, which keeps a
 * large burst fast.
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
        List<PodInfo> order = new ArrayList<>(pods);
        order.sort(Comparator.comparingDouble((PodInfo p) -> -share(p.requests(), cap)).thenComparing(PodInfo::key));
        Resources smallest = smallest(order);
        List<NodeState> open = new ArrayList<>();
        List<PodInfo> packed = new ArrayList<>();
        Resources requested = Resources.ZERO;
        int opened = 0;
        for (PodInfo pod : order) {
            NodeState target = firstOpen(pod, open);
            if (target == null && opened < maxNodes) {
                target = new NodeState(template);
                open.add(target);
                opened++;
            }
            if (target == null) {
                continue;
            }
            target.add(pod);
            packed.add(pod);
            requested = requested.plus(pod.requests());
            if (!smallest.fitsIn(target.free())) {
                open.remove(target);
            }
        }
        return new Packing(opened, packed, requested);
    }

    private static NodeState firstOpen(PodInfo pod, List<NodeState> open) {
        for (NodeState n : open) {
            if (Predicates.resources(pod, n.free(), n.node().allocatable()).isEmpty()
                    && Predicates.antiAffinity(pod, n.pods()).isEmpty()) {
                return n;
            }
        }
        return null;
    }

    static double share(Resources r, Resources cap) {
        return Math.max((double) r.cpuMillis() / cap.cpuMillis(), (double) r.memoryBytes() / cap.memoryBytes());
    }

    private static Resources smallest(List<PodInfo> pods) {
        long cpu = Long.MAX_VALUE;
        long mem = Long.MAX_VALUE;
        long eph = Long.MAX_VALUE;
        for (PodInfo p : pods) {
            cpu = Math.min(cpu, p.requests().cpuMillis());
            mem = Math.min(mem, p.requests().memoryBytes());
            eph = Math.min(eph, p.requests().ephemeralBytes());
        }
        return new Resources(cpu, mem, eph, 1);
    }
}
