package io.provctl.cost.analyze;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
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

    public Optional<CostSnapshot> latest() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }
}
