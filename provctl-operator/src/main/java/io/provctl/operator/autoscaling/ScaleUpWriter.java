package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Pod;
import io.provctl.autoscaler.scaleup.PendingPod;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.events.EventRecorder;

import java.util.Map;
import java.util.Optional;

/** Carries a scale-up decision out: the group's new size in its status, and events saying why. */
final class ScaleUpWriter {

    private final GroupStatusWriter status;
    private final EventRecorder events;

    ScaleUpWriter(GroupStatusWriter status, EventRecorder events) {
        this.status = status;
        this.events = events;
    }

    void grow(NodeGroup group, ScaleUpEntry entry) {
        int desired = Math.max(entry.newSize(), GroupStatusWriter.desired(group, 0));
        status.desiredNodes(group, desired);
        events.normal(group, "TriggeredScaleUp", "adding " + entry.count() + " " + entry.offering()
                + " node(s), to " + desired + ", for pods " + String.join(", ", entry.pods()));
    }

    /** Tells the pod's owner, once, that no group can ever host it. */
    void impossible(PendingPod pod, Map<String, Pod> pods) {
        Optional.ofNullable(pods.get(pod.pod())).ifPresent(p -> events.warning(p, "NotTriggerScaleUp",
                "no node group can host this pod: " + pod.reason()));
    }
}
