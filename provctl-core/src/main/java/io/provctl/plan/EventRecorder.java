package io.provctl.plan;

import io.provctl.model.ResourceId;
import io.provctl.store.Actor;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.StateStore;

import java.util.List;
import java.util.Map;

/** Appends events for one actor, one at a time, so parallel steps never interleave inside the store. */
final class EventRecorder {

    private final StateStore store;
    private final Actor actor;

    EventRecorder(StateStore store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    synchronized void record(EventType type, ResourceId id, Map<String, ?> payload) {
        store.append(actor, List.of(NewEvent.of(type, id, payload)));
    }

    synchronized void record(EventType type, Map<String, ?> payload) {
        store.append(actor, List.of(NewEvent.of(type, payload)));
    }
}
