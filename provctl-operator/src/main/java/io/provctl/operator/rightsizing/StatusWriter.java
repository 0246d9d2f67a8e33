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
 * Writes one CostOptimization's status during one reconcile, as JSON Patches that replace it whole,
 * each guarded by the resourceVersion the previous write returned, and only when it changed since the
 * last write. A reconcile writes more than once so that a watcher sees the phases it passes through
 * (Analyzing, Applying) and not only where it ends. A JSON Patch rather than a merge patch because the
 * status holds lists (changes, conditions, schedule) that must shrink as well as grow, and not every
 * server's merge patch replaces lists (the CRUD mock appends to them).
 */
final class StatusWriter {

    private final KubernetesClient client;
    private final CostOptimization co;
    private String resourceVersion;
    private CostOptimizationStatus written;

    /** {@code co} as read at the start of the reconcile, with {@code written} its status then. */
    StatusWriter(KubernetesClient client, CostOptimization co, CostOptimizationStatus written) {
        this.client = client;
        this.resourceVersion = co.getMetadata().getResourceVersion();
        this.written = StatusDiff.copy(written, CostOptimizationStatus.class);
        this.co = co;
    }

    /** Writes {@code status} unless it is what was last written; the answer is whether it wrote. */
    boolean write(CostOptimizationStatus status) {
        if (StatusDiff.same(written, status)) {
            return false;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode patch = nodes.arrayNode();
        patch.addObject().put("op", "test").put("path", "/metadata/resourceVersion").put("value", resourceVersion);
        patch.addObject().put("op", "add").put("path", "/status")
                .set("value", client.getKubernetesSerialization().convertValue(status, JsonNode.class));
        CostOptimization updated = client.resources(CostOptimization.class).inNamespace(co.getMetadata().getNamespace())
                .withName(co.getMetadata().getName()).subresource("status")
                .patch(PatchContext.of(PatchType.JSON), patch.toString());
        resourceVersion = updated.getMetadata().getResourceVersion();
        written = StatusDiff.copy(status, CostOptimizationStatus.class);
        return true;
    }
}
