package io.provctl.bench;

import io.provctl.model.ResourceId;
import io.provctl.store.Actor;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.StateStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plausible apply history: node pools that are created once and then updated over and over, so the
 * log grows while the current state stays the same size. That is what makes "load is flat" testable.
 */
public final class SyntheticHistory {

    public static final Actor ACTOR = new Actor("bench", "bench-host", 1, "apply");

    private SyntheticHistory() {
    }

    /** {@code count} events over {@code resources} pools: an intent, then a result, per step. */
    public static List<NewEvent> events(int count, int resources) {
        List<NewEvent> out = new ArrayList<>(count);
        for (int i = 0; out.size() < count; i++) {
            ResourceId id = ResourceId.pool("bench", "pool-" + (i % resources));
            boolean first = i < resources;
            out.add(NewEvent.of(first ? EventType.CREATE_INTENT : EventType.UPDATE_INTENT, id, Map.of()));
            if (out.size() < count) {
                out.add(NewEvent.of(first ? EventType.RESOURCE_CREATED : EventType.RESOURCE_UPDATED, id,
                        payload(id, i)));
            }
        }
        return out;
    }

    /** Appends in transactions of {@code batch} events, as an apply of many resources would. */
    public static void appendAll(StateStore store, List<NewEvent> events, int batch) {
        for (int from = 0; from < events.size(); from += batch) {
            store.append(ACTOR, events.subList(from, Math.min(events.size(), from + batch)));
        }
    }

    private static Map<String, Object> payload(ResourceId id, int step) {
        return Map.of("provider_id", "i-" + id.poolName().orElseThrow(), "provider", "local", "region", "eu-west-1",
                "attributes", Map.of("instance_type", "m6i.large", "min_size", 1, "max_size", 10 + step % 7,
                        "desired_size", step % 10, "spot_price", BigDecimal.valueOf(step % 1000, 4),
                        "labels", Map.of("team", "platform", "tier", "t" + step % 3),
                        "taints", List.of(Map.of("key", "gpu", "effect", "NoSchedule"))));
    }
}
