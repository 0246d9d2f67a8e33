package io.provctl.cloud.local;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderResource;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One resource as the local cloud stores it. Its provctl address is not a field of its own: like in
 * a real cloud it is only the {@link CloudProvider#RESOURCE_ID_TAG} tag, which someone can change.
 *
 * @param provider the provider the resource was created for (the local cloud may stand in for several)
 * @param nodes    the simulated nodes of a node pool; empty for other kinds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalResource(String providerId, ResourceKind kind, String provider, String region,
                            LifecycleState state, SortedMap<String, Object> attributes,
                            SortedMap<String, String> tags, List<LocalNode> nodes, Instant createdAt,
                            Instant updatedAt) {

    public LocalResource {
        attributes = Attributes.canonicalMap(attributes);
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        nodes = List.copyOf(nodes);
    }

    /** The provctl address from the tag, when the tag holds a valid address. */
    public Optional<ResourceId> address() {
        String tag = tags.get(CloudProvider.RESOURCE_ID_TAG);
        if (tag == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResourceId.parse(tag));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public ProviderResource toProviderResource() {
        ResourceId id = address().orElseThrow(() -> new IllegalStateException(providerId + " has no address"));
        return new ProviderResource(providerId, id, state, attributes, tags, createdAt);
    }

    public LocalResource withAttributes(Map<String, ?> values, Instant now) {
        return new LocalResource(providerId, kind, provider, region, state, Attributes.canonicalMap(values), tags,
                nodes, createdAt, now);
    }

    public LocalResource withAttribute(String name, Object value, Instant now) {
        SortedMap<String, Object> values = new TreeMap<>(attributes);
        values.put(name, value);
        return withAttributes(values, now);
    }

    public LocalResource withTags(Map<String, String> values, Instant now) {
        return new LocalResource(providerId, kind, provider, region, state, attributes, new TreeMap<>(values), nodes,
                createdAt, now);
    }

    public LocalResource withNodes(List<LocalNode> values, Instant now) {
        return new LocalResource(providerId, kind, provider, region, state, attributes, tags, values, createdAt, now);
    }
}
