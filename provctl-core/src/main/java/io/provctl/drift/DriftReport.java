package io.provctl.drift;

import io.provctl.model.ResourceId;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one detection: the drifts found, most severe first, and the resources whose
 * configuration differs from the recorded state ({@code unapplied}): those are not drift but changes a
 * user made to the configuration and has not applied yet, which {@code provctl plan} shows.
 */
public record DriftReport(Instant detectedAt, List<Drift> drifts, List<ResourceId> unapplied) {

    public DriftReport {
        drifts = List.copyOf(drifts);
        unapplied = List.copyOf(unapplied);
    }

    public boolean hasDrift() {
        return !drifts.isEmpty();
    }

    public List<Drift> remediable() {
        return drifts.stream().filter(Drift::remediable).toList();
    }

    public Optional<Severity> highestSeverity() {
        return drifts.stream().map(Drift::severity).min(Enum::compareTo);
    }

    public Map<DriftType, Long> countByType() {
        Map<DriftType, Long> out = new EnumMap<>(DriftType.class);
        drifts.forEach(d -> out.merge(d.type(), 1L, Long::sum));
        return out;
    }

    public Map<Severity, Long> countBySeverity() {
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        drifts.forEach(d -> out.merge(d.severity(), 1L, Long::sum));
        return out;
    }
}
