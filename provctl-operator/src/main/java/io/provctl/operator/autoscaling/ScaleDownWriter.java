package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.autoscaler.scaledown.Removal;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.events.EventRecorder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries removals out through the NodeGroup reconciler, which alone deletes ManagedNodes: each chosen
 * ManagedNode is marked first, then the group's desiredNodes goes down by the number marked, and the
 * reconciler removes marked members before any other (its Terminating phase drains them).
 */
final class ScaleDownWriter {

    private final KubernetesClient client;
    private final GroupStatusWriter status;
    private final EventRecorder events;
    private final AutoscalerMetrics metrics;

    ScaleDownWriter(KubernetesClient client, GroupStatusWriter status, EventRecorder events,
                    AutoscalerMetrics metrics) {
        this.client = client;
        this.status = status;
        this.events = events;
        this.metrics = metrics;
    }

    /** {@code managedByNode} names the ManagedNode behind each Node; the planner speaks of Nodes. */
    void shrink(NodeGroup group, List<ManagedNode> members, List<Removal> removals, Map<String, String> managedByNode) {
        int active = (int) members.stream().filter(m -> m.getMetadata().getDeletionTimestamp() == null).count();
        int desired = GroupStatusWriter.desired(group, active);
        int room = desired - Optional.ofNullable(group.getSpec().getMinNodes()).orElse(0);
        // A member already marked or leaving is on its way out and was counted off the size when marked.
        List<ManagedNode> chosen = removals.stream()
                .flatMap(r -> member(members, managedByNode.getOrDefault(r.node(), r.node())).stream())
                .filter(m -> m.getMetadata().getDeletionTimestamp() == null && !marked(m))
                .limit(Math.max(0, room)).toList();
        if (chosen.isEmpty()) {
            return;
        }
        chosen.forEach(this::mark);
        status.desiredNodes(group, desired - chosen.size());
        metrics.scaleDown(group, chosen.size());
        events.normal(group, "TriggeredScaleDown", "removing unneeded node(s) " + String.join(", ",
                chosen.stream().map(m -> m.getMetadata().getName()).toList()));
    }

    static boolean leaving(ManagedNode m) {
        return m.getMetadata().getDeletionTimestamp() != null || marked(m);
    }

    private static boolean marked(ManagedNode m) {
        return "true".equals(Optional.ofNullable(m.getMetadata().getAnnotations()).orElse(Map.of())
                .get(ApiGroup.SCALE_DOWN_ANNOTATION));
    }

    private static Optional<ManagedNode> member(List<ManagedNode> members, String name) {
        return members.stream().filter(m -> m.getMetadata().getName().equals(name)).findFirst();
    }

    private ManagedNode mark(ManagedNode member) {
        return client.resources(ManagedNode.class).inNamespace(member.getMetadata().getNamespace())
                .withName(member.getMetadata().getName()).edit(m -> {
                    m.getMetadata().setAnnotations(new HashMap<>(Optional.ofNullable(m.getMetadata().getAnnotations())
                            .orElse(Map.of())));
                    m.getMetadata().getAnnotations().put(ApiGroup.SCALE_DOWN_ANNOTATION, "true");
                    return m;
                });
    }
}
