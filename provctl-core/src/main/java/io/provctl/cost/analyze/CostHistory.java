package io.provctl.cost.analyze;

import io.provctl.model.ResourceId;
import java.math.BigDecimal;
import java.time.Instant;
import io.provctl.store.EventType;
import io.provctl.store.StateEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Cost snapshots in time order: what {@code cost history} shows and {@code cost forecast} fits. */
public record CostHistory(List<CostSnapshot> snapshots) {

    /** One point of a series. */
    public record Point(Instant at, BigDecimal monthly) {
    }

    public CostHistory {
        snapshots = snapshots.stream().sorted(Comparator.comparing(CostSnapshot::recordedAt)).toList();
    }

    /** The total monthly cost over time. */
    public List<Point> totals() {
        return snapshots.stream().map(s -> new Point(s.recordedAt(), s.monthly())).toList();
    }

    /** One resource's monthly cost over time (snapshots without it count as zero: it did not exist). */
    public List<Point> of(ResourceId id) {
        return snapshots.stream()
                .map(s -> new Point(s.recordedAt(), s.resources().getOrDefault(id, BigDecimal.ZERO))).toList();
    }

    /**
     * The history recorded in the event log: the {@link CostSnapshot#EVENT_KEY} entry of each
     * {@code APPLY_FINISHED} event's payload (other events are ignored).
     */
    public static CostHistory fromEvents(Collection<StateEvent> events) {
        List<CostSnapshot> out = new ArrayList<>();
        for (StateEvent e : events) {
            if (e.type() == EventType.APPLY_FINISHED && e.payload().get(CostSnapshot.EVENT_KEY) instanceof Map<?, ?> m) {
                Map<String, Object> payload = new LinkedHashMap<>();
                m.forEach((k, v) -> payload.put(String.valueOf(k), v));
                out.add(CostSnapshot.fromPayload(payload));
            }
        }
        return new CostHistory(out);
    }

    public Optional<CostSnapshot> latest() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }
}
