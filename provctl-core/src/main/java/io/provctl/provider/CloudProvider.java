package io.provctl.provider;

import io.provctl.model.Resource;
import io.provctl.model.ResourceId;

import java.util.List;
import java.util.Optional;

/**
 * The port every cloud sits behind. Every resource a provider creates carries its provctl address in
 * the tag {@link #RESOURCE_ID_TAG}, so a create retried after a crash finds the first one instead of
 * making a second. Failures are {@link ProviderException}s that say whether a retry can help.
 */
public interface CloudProvider {

    /** The tag that carries the provctl resource address on every provider resource. */
    String RESOURCE_ID_TAG = "provctl.io/resource-id";

    /** The provider's name as written in configurations: local, vpsie, aws, azure, gcp. */
    String name();

    /** Creates the resource, tagged with its address, and returns what the provider now holds. */
    ProviderResource create(Resource desired);

    /** Changes an existing resource in place to match {@code desired}. */
    ProviderResource update(String providerId, Resource desired);

    /** Deletes a resource; deleting one that is already gone succeeds. */
    void delete(String providerId);

    /** Looks a resource up by its provctl address tag. */
    Optional<ProviderResource> findByResourceId(ResourceId id);

    /** Every resource this provider holds that carries a provctl address tag. */
    List<ProviderResource> list();
}
