package io.provctl.store;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Folds events into the current state. Every store uses this one function, so the SQLite and
 * PostgreSQL projections and an in-memory replay agree by construction.
 *
 * <p>Payload of the resource events: {@code provider_id}, {@code provider}, {@code region},
 * {@code attributes} (a map) and {@code created_at} (ISO-8601).
 */
public final class StateProjection {

    private StateProjection() {
    }

    public static StateView apply(StateView view, StateEvent event) {
        SortedMap<ResourceId, RecordedResource> resources = new TreeMap<>(view.resources());
        SortedMap<ResourceId, PendingIntent> pending = new TreeMap<>(view.pendingIntents());
        event.resource().ifPresent(id -> {
            switch (event.type()) {
                case CREATE_INTENT, UPDATE_INTENT, DELETE_INTENT ->
                        pending.put(id, new PendingIntent(id, event.type(), event.sequence()));
                case RESOURCE_CREATED, RESOURCE_UPDATED, RESOURCE_ADOPTED -> {
                    resources.put(id, recorded(id, event, view.get(id).map(RecordedResource::createdAt)));
                    pending.remove(id);
                }
                case RESOURCE_DELETED -> {
                    resources.remove(id);
                    pending.remove(id);
                }
                case ACTION_FAILED -> pending.remove(id);
                default -> { }
            }
        });
        String lineage = event.type() == EventType.STATE_INITIALISED
                ? String.valueOf(event.payload().get("lineage")) : view.lineage();
        return new StateView(lineage, event.serial(), event.sequence(), resources, pending);
    }

    /** The serial after {@code event}: one more than before when the event changes resources. */
    public static long nextSerial(long serial, EventType type) {
        return type.changesState() ? serial + 1 : serial;
    }

    @SuppressWarnings("unchecked")
    private static RecordedResource recorded(ResourceId id, StateEvent e, java.util.Optional<Instant> created) {
        Map<String, Object> p = e.payload();
        Object attrs = p.getOrDefault("attributes", Map.of());
        Instant createdAt = created.orElseGet(() -> p.containsKey("created_at")
                ? Instant.parse((String) p.get("created_at")) : e.at());
        return new RecordedResource(id, str(p, "provider_id"), str(p, "provider"), str(p, "region"),
                new TreeMap<>((Map<String, Object>) attrs), createdAt, e.at());
    }

    private static String str(Map<String, Object> p, String key) {
        Object v = p.getOrDefault(key, "");
        return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
    }
}
