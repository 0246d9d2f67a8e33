package io.provctl.operator.autoscaling;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;

import java.util.Optional;

/**
 * Writes the autoscaler's wish, status.desiredNodes, and nothing else, as a small merge patch. It carries
 * the resourceVersion the decision was made on, so it fails rather than overwrite a newer status; the next
 * pass decides again on fresh data. lastScaleUpTime is stamped by the NodeGroup reconciler when it
 * actually creates the nodes, so its own scale-up cooldown does not hold back the nodes asked for here.
 */
final class GroupStatusWriter {

    private final KubernetesClient client;

    GroupStatusWriter(KubernetesClient client) {
        this.client = client;
    }

    void desiredNodes(NodeGroup group, int desired) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("metadata").put("resourceVersion", group.getMetadata().getResourceVersion());
        patch.putObject("status").put("desiredNodes", desired);
        client.resources(NodeGroup.class).inNamespace(group.getMetadata().getNamespace())
                .withName(group.getMetadata().getName()).subresource("status")
                .patch(PatchContext.of(PatchType.JSON_MERGE), patch.toString());
    }

    static int desired(NodeGroup group, int orElse) {
        return Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getDesiredNodes).orElse(orElse);
    }
}
