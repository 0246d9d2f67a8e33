package io.provctl.operator.status;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.CustomResource;

/**
 * Writes a status as one update of the status subresource, and only when it changed. The update carries
 * the resourceVersion it was computed from, so a stale write fails (409) and the reconcile runs again; it
 * needs neither server-side apply nor strategic merge, so it behaves the same on every server.
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
        // A whole-status update rather than a merge patch: a merge patch leaves list merging to the server,
        // and the CRUD mock appends lists instead of replacing them (conditions doubled on every write).
        client.resource(resource).updateStatus();
        return true;
    }
}
