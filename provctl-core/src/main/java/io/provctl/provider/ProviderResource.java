package io.provctl.provider;

import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

/** A resource as the provider reports it: its own ID, lifecycle state, attributes, tags, creation time. */
public record ProviderResource(String providerId, ResourceId resourceId, LifecycleState state,
                               SortedMap<String, Object> attributes, Map<String, String> tags,
                               Instant createdAt) {

    public ProviderResource {
        attributes = Attributes.canonicalMap(attributes);
        tags = Map.copyOf(tags);
    }

    /** Where a provider resource is in its life. */
    public enum LifecycleState { CREATING, RUNNING, UPDATING, DELETING, FAILED }
}
