package io.provctl.testsupport;

import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.StateView;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Builds recorded states for tests by writing the same events an apply writes. */
public final class States {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private States() {
    }

    /** A state in which every resource of {@code desired} was created as asked. */
    public static StateView recorded(DesiredState desired) {
        InMemoryStateStore store = new InMemoryStateStore(CLOCK);
        store.append(Actors.TEST, desired.resources().values().stream()
                .map(r -> NewEvent.of(EventType.RESOURCE_CREATED, r.id(), payload(r, "id-" + r.id()))).toList());
        return store.current();
    }

    public static Map<String, Object> payload(Resource r, String providerId) {
        return Map.of("provider_id", providerId, "provider", r.provider(), "region", r.region(),
                "attributes", r.attributes());
    }

    /** Shorthand for a list of one configuration's resources. */
    public static List<Resource> list(DesiredState d) {
        return List.copyOf(d.resources().values());
    }
}
