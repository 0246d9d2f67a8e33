package io.provctl.operator.status;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.HttpURLConnection;

/**
 * Writes a primary resource's status as one update of the status subresource guarded by its
 * resourceVersion (a whole-status PUT: no patch format to disagree about how lists merge), and hands
 * the result to the framework's cache so that the next reconcile starts from it rather than from an
 * informer that has not caught up (which is what repeated transitions and caused 409 conflicts). A
 * conflict that remains means this reconcile worked on a stale copy: it reports false, quietly, and its
 * work is dropped rather than written over newer state.
 */
public final class StatusWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StatusWriter.class);

    private StatusWriter() {
    }

    public static <S, R extends CustomResource<?, S>> boolean write(R resource, S status, Context<R> context) {
        R desired = context.getClient().getKubernetesSerialization().clone(resource);
        desired.setStatus(status);
        desired.getMetadata().setManagedFields(null);
        try {
            R written = context.getClient().resource(desired).updateStatus();
            context.eventSourceRetriever().getControllerEventSource()
                    .handleRecentResourceUpdate(ResourceID.fromResource(resource), written, resource);
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            LOG.debug("{} {} changed meanwhile; reconciling again from the fresh copy", resource.getKind(),
                    resource.getMetadata().getName());
            return false;
        }
    }
}
