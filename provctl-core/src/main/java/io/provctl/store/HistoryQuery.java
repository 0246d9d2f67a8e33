package io.provctl.store;

import io.provctl.model.ResourceId;

import java.util.Optional;

/** Which events to read back: optionally one resource, optionally only the newest {@code limit}. */
public record HistoryQuery(Optional<ResourceId> resource, Optional<Integer> limit) {

    public static HistoryQuery all() {
        return new HistoryQuery(Optional.empty(), Optional.empty());
    }

    public static HistoryQuery forResource(ResourceId id) {
        return new HistoryQuery(Optional.of(id), Optional.empty());
    }
}
