package io.provctl.store;

import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;

import java.time.Instant;
import java.util.SortedMap;

/** A resource as provctl last recorded it: the projection of the log for one address. */
public record RecordedResource(ResourceId id, String providerId, String provider, String region,
                               SortedMap<String, Object> attributes, Instant createdAt, Instant updatedAt) {

    public RecordedResource {
        attributes = Attributes.canonicalMap(attributes);
    }
}
