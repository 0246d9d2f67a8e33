package io.provctl.operator.rightsizing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationStatus;
import io.provctl.operator.status.StatusDiff;

/**
 * Writes a CostOptimization's status as one JSON Patch that replaces it whole, guarded by the
 * resourceVersion it was computed from, and only when it changed. A JSON Patch rather than a merge
 * patch because the status holds lists (changes, conditions) that must shrink as well as grow, and
 * not every server's merge patch replaces lists (the CRUD mock appends to them).
 */
final class StatusWriter {

    private StatusWriter() {
    }

    static boolean writeIfChanged(KubernetesClient client, CostOptimization co, CostOptimizationStatus before,
                                  CostOptimizationStatus after) {
        if (StatusDiff.same(before, after)) {
            return false;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode patch = nodes.arrayNode();
        patch.addObject().put("op", "test").put("path", "/metadata/resourceVersion")
                .put("value", co.getMetadata().getResourceVersion());
        patch.addObject().put("op", "add").put("path", "/status")
                .set("value", client.getKubernetesSerialization().convertValue(after,
                        JsonNode.class));
        client.resources(CostOptimization.class).inNamespace(co.getMetadata().getNamespace())
                .withName(co.getMetadata().getName()).subresource("status")
                .patch(PatchContext.of(PatchType.JSON), patch.toString());
        return true;
    }
}
