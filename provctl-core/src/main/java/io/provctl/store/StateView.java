package io.provctl.store;

import io.provctl.model.ResourceId;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The current state: the projection of the whole log. {@code lineage} names this state for its whole
 * life; {@code serial} grows with every change, which is how a saved plan is found stale.
 */
public record StateView(String lineage, long serial, long lastSequence,
                        SortedMap<ResourceId, RecordedResource> resources,
                        SortedMap<ResourceId, PendingIntent> pendingIntents) {

    public StateView {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
        pendingIntents = Collections.unmodifiableSortedMap(new TreeMap<>(pendingIntents));
    }

    public static StateView empty(String lineage) {
        return new StateView(lineage, 0, 0, new TreeMap<>(), new TreeMap<>());
    }

    public Optional<RecordedResource> get(ResourceId id) {
        return Optional.ofNullable(resources.get(id));
    }
}
