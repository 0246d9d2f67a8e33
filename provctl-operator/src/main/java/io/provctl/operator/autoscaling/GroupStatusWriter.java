package io.provctl.operator.autoscaling;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.provctl.operator.api.v1alpha1.nodegroup.LastScaleUp;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingScaleUp;
import io.provctl.operator.status.StatusDiff;

import java.util.List;
import java.util.Optional;

/**
 * Writes the autoscaler's wish to NodeGroup status. Every write carries the resourceVersion the decision
 * was made on, so it fails rather than overwrite a newer status; the next pass decides again on fresh
 * data. lastScaleUpTime is stamped by the NodeGroup reconciler when it actually creates the nodes, so its
 * own scale-up cooldown does not hold back the nodes asked for here.
 */
final class GroupStatusWriter {

    private final KubernetesClient client;

    GroupStatusWriter(KubernetesClient client) {
        this.client = client;
    }

    /** A scalar, so a small merge patch: nothing in it is a list the server could merge wrongly. */
    void desiredNodes(NodeGroup group, int desired) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("metadata").put("resourceVersion", group.getMetadata().getResourceVersion());
        patch.putObject("status").put("desiredNodes", desired);
        client.resources(NodeGroup.class).inNamespace(group.getMetadata().getNamespace())
                .withName(group.getMetadata().getName()).subresource("status")
                .patch(PatchContext.of(PatchType.JSON_MERGE), patch.toString());
    }

    /**
     * The new size, the offerings chosen for the nodes still to create and the decision, in one write.
     * A whole-status update rather than a merge patch: pendingScaleUps is a list, which a merge patch leaves
     * to the server to combine (the CRUD mock appends to it instead of replacing it).
     */
    void scaleUp(NodeGroup group, int desired, List<PendingScaleUp> pending, LastScaleUp last) {
        NodeGroup copy = client.getKubernetesSerialization().clone(group);
        NodeGroupStatus status = Optional.ofNullable(copy.getStatus())
                .map(s -> StatusDiff.copy(s, NodeGroupStatus.class)).orElseGet(NodeGroupStatus::new);
        status.setDesiredNodes(desired);
        status.setPendingScaleUps(pending.isEmpty() ? null : pending);
        status.setLastScaleUp(last);
        copy.setStatus(status);
        copy.getMetadata().setManagedFields(null);
        client.resource(copy).updateStatus();
    }

    static int desired(NodeGroup group, int orElse) {
        return Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getDesiredNodes).orElse(orElse);
    }

    static List<PendingScaleUp> pending(NodeGroup group) {
        return Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getPendingScaleUps).orElse(List.of());
    }
}
