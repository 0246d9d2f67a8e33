package io.provctl.store;

import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One entry of the append-only log: sequence number, when, who (user@host), which command, the
 * resource it concerns, its type, its payload, and the state serial after it.
 */
public record StateEvent(long sequence, Instant at, String actor, String command, Optional<ResourceId> resource,
                         EventType type, SortedMap<String, Object> payload, long serial) {

    public StateEvent {
        payload = Attributes.canonicalMap(payload);
    }
}
