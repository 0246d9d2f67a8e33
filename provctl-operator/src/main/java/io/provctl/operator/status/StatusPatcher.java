package io.provctl.operator.status;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.CustomResource;

/**
 * Writes a status as one JSON merge patch of the status subresource, and only when it changed. A merge
 * patch needs neither server-side apply nor strategic merge, so it behaves the same on every server.
 */
public final class StatusPatcher {

    private StatusPatcher() {
    }

    /** Returns true when it wrote. */
    public static <S, R extends CustomResource<?, S>> boolean patchIfChanged(KubernetesClient client, R resource,
                                                                              S before, S after) {
        if (StatusDiff.same(before, after)) {
            return false;
        }
        resource.setStatus(after);
        client.resource(resource).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE));
        return true;
    }
}
