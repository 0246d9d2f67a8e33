package io.provctl.state.testsupport;

import io.provctl.model.ResourceId;
import io.provctl.store.Actor;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.StateEvent;
import io.provctl.store.StateProjection;
import io.provctl.store.StateView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Event factories and the reference replay the stores are checked against. */
public final class Events {

    public static final Actor ALICE = new Actor("alice", "laptop", 4242, "apply");
    public static final Actor BOB = new Actor("bob", "ci-runner", 77, "apply");
    public static final ResourceId NETWORK = ResourceId.network("prod");
    public static final ResourceId POOL = ResourceId.pool("prod", "workers");

    private Events() {
    }

    public static NewEvent created(ResourceId id, Map<String, ?> attributes) {
        return NewEvent.of(EventType.RESOURCE_CREATED, id, Map.of("provider_id", "pid-" + id.address(),
                "provider", "local", "region", "eu-1", "attributes", attributes));
    }

    public static NewEvent intent(EventType type, ResourceId id) {
        return NewEvent.of(type, id, Map.of());
    }

    /** Folds the log from nothing, as a store must have done. */
    public static StateView replay(List<StateEvent> log) {
        StateView view = StateView.empty("");
        for (StateEvent e : log) {
            view = StateProjection.apply(view, e);
        }
        return view;
    }

    /** A random but plausible sequence: intents, results, failures and bookkeeping on a few resources. */
    public static List<NewEvent> random(Random random, int count) {
        List<ResourceId> ids = List.of(NETWORK, POOL, ResourceId.cluster("prod"), ResourceId.pool("dev", "gpu"));
        EventType[] types = {EventType.APPLY_STARTED, EventType.CREATE_INTENT, EventType.UPDATE_INTENT,
            EventType.DELETE_INTENT, EventType.RESOURCE_CREATED, EventType.RESOURCE_UPDATED,
            EventType.RESOURCE_DELETED, EventType.RESOURCE_ADOPTED, EventType.ACTION_FAILED, EventType.APPLY_FINISHED};
        List<NewEvent> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EventType type = types[random.nextInt(types.length)];
            ResourceId id = ids.get(random.nextInt(ids.size()));
            out.add(switch (type) {
                case APPLY_STARTED, APPLY_FINISHED -> NewEvent.of(type, Map.of("n", i));
                case RESOURCE_CREATED, RESOURCE_UPDATED, RESOURCE_ADOPTED -> NewEvent.of(type, id, Map.of(
                        "provider_id", "p-" + random.nextInt(100), "provider", "local", "region", "eu-1",
                        "attributes", Map.of("size", random.nextInt(10), "price", java.math.BigDecimal.valueOf(random.nextInt(100_000), 3),
                                "labels", Map.of("tier", "t" + random.nextInt(3)))));
                default -> NewEvent.of(type, id, Map.of("reason", "r" + i));
            });
        }
        return out;
    }
}
