package io.provctl.store;

import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** An event about to be appended: the store adds its sequence number, time and serial. */
public record NewEvent(EventType type, Optional<ResourceId> resource, SortedMap<String, Object> payload) {

    public NewEvent {
        payload = Attributes.canonicalMap(payload);
    }

    public static NewEvent of(EventType type, ResourceId resource, Map<String, ?> payload) {
        return new NewEvent(type, Optional.of(resource), Attributes.canonicalMap(payload));
    }

    public static NewEvent of(EventType type, Map<String, ?> payload) {
        return new NewEvent(type, Optional.empty(), Attributes.canonicalMap(payload));
    }
}
