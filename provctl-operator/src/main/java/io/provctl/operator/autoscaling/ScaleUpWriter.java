package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Pod;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.scaleup.PendingPod;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.autoscaler.scaleup.SpotTolerance;
import io.provctl.operator.api.v1alpha1.nodegroup.LastScaleUp;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingCapacity;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingScaleUp;
import io.provctl.operator.events.EventRecorder;
import io.provctl.operator.nodegroup.SpotSplit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries a scale-up decision out: the group's new size and the offerings chosen for the new nodes in its
 * status, and events saying why.
 */
final class ScaleUpWriter {

    private final GroupStatusWriter status;
    private final EventRecorder events;
    private final AutoscalerMetrics metrics;

    ScaleUpWriter(GroupStatusWriter status, EventRecorder events, AutoscalerMetrics metrics) {
        this.status = status;
        this.events = events;
        this.metrics = metrics;
    }

    /**
     * One write for all of a group's entries (a pass may choose two offerings for one group; a second write
     * would carry a stale resourceVersion). The chosen offerings queue behind those still pending. On a group
     * with spot enabled each entry says whether its nodes may be spot: only if all its pods (looked up in
     * {@code podsByKey}) tolerate the spot taint.
     */
    void grow(NodeGroup group, List<ScaleUpEntry> entries, Map<String, PodInfo> podsByKey, Instant now) {
        int count = entries.stream().mapToInt(ScaleUpEntry::count).sum();
        int newSize = entries.stream().mapToInt(ScaleUpEntry::newSize).max().orElse(0);
        int desired = Math.max(newSize, GroupStatusWriter.desired(group, 0));
        List<PendingScaleUp> existing = GroupStatusWriter.pending(group);
        List<PendingScaleUp> pending = new ArrayList<>(existing);
        boolean spot = SpotSplit.enabled(group.getSpec().getSpotConfig());
        entries.forEach(e -> pending.add(new PendingScaleUp(e.offering(), e.count(),
                spot ? capacity(e, podsByKey) : null)));
        List<PendingScaleUp> added = pending.subList(existing.size(), pending.size());
        List<String> pods = entries.stream().flatMap(e -> e.pods().stream()).distinct().sorted().toList();
        String message = "adding " + String.join(" and ", added.stream()
                .map(p -> p.getCount() + " " + p.getOffering()
                        + (p.getCapacityType() == PendingCapacity.ON_DEMAND ? " on-demand" : "")).toList())
                + " node(s), to " + desired + ", for pods " + String.join(", ", pods);
        status.scaleUp(group, desired, pending, last(entries, count, pods.size(), message, now));
        events.normal(group, "TriggeredScaleUp", message);
        entries.forEach(e -> metrics.scaleUp(group, e.offering(), e.count()));
    }

    static PendingCapacity capacity(ScaleUpEntry entry, Map<String, PodInfo> pods) {
        return SpotTolerance.allTolerate(entry.pods(), pods, ClusterSnapshotBuilder.SPOT_TAINT)
                ? PendingCapacity.SPOT_ALLOWED : PendingCapacity.ON_DEMAND;
    }

    private static LastScaleUp last(List<ScaleUpEntry> entries, int added, int pods, String message, Instant now) {
        LastScaleUp last = new LastScaleUp();
        last.setTime(now.toString());
        last.setOffering(entries.get(entries.size() - 1).offering());
        last.setCount(added);
        last.setPodCount(pods);
        last.setMessage(message);
        return last;
    }

    /** Tells the pod's owner, once, that no group can ever host it. */
    void impossible(PendingPod pod, Map<String, Pod> pods) {
        Optional.ofNullable(pods.get(pod.pod())).ifPresent(p -> events.warning(p, "NotTriggerScaleUp",
                "no node group can host this pod: " + pod.reason()));
    }
}
