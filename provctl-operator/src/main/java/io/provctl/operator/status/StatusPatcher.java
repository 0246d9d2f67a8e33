package io.provctl.operator.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * Writes a status where the framework cannot (a cleanup's DeleteControl carries none): one JSON merge
 * patch of the status subresource without a resourceVersion. The operator is the status's only writer,
 * so optimistic locking would only turn a stale cache into 409 conflicts and retries.
 */
public final class StatusPatcher {

    private StatusPatcher() {
    }

    public static <R extends HasMetadata> void patch(KubernetesClient client, R resource) {
        R copy = client.getKubernetesSerialization().clone(resource);
        copy.getMetadata().setResourceVersion(null);
        copy.getMetadata().setManagedFields(null);
        client.resource(copy).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE));
    }
}
