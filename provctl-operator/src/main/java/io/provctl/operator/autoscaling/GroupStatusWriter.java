package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;

import java.util.Optional;

/**
 * Writes the autoscaler's wish, status.desiredNodes, and nothing else. The patch carries the
 * resourceVersion the decision was made on, so it fails rather than overwrite a newer status; the next
 * pass decides again on fresh data. lastScaleUpTime is stamped by the NodeGroup reconciler when it
 * actually creates the nodes, so its own scale-up cooldown does not hold back the nodes asked for here.
 */
final class GroupStatusWriter {

    private final KubernetesClient client;

    GroupStatusWriter(KubernetesClient client) {
        this.client = client;
    }

    void desiredNodes(NodeGroup group, int desired) {
        NodeGroupStatus status = Optional.ofNullable(group.getStatus()).orElseGet(NodeGroupStatus::new);
        status.setDesiredNodes(desired);
        group.setStatus(status);
        client.resource(group).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE));
    }

    static int desired(NodeGroup group, int orElse) {
        return Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getDesiredNodes).orElse(orElse);
    }
}
