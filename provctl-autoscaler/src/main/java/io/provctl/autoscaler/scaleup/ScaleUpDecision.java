package io.provctl.autoscaler.scaleup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The outcome of one scale-up pass: what to add, which pods fit already, and which stay pending. */
public record ScaleUpDecision(List<ScaleUpEntry> scaleUps, List<Placement> fitExisting, List<PendingPod> pending) {

    public ScaleUpDecision {
        scaleUps = List.copyOf(scaleUps);
        fitExisting = List.copyOf(fitExisting);
        pending = List.copyOf(pending);
    }

    public boolean scalesUp() {
        return !scaleUps.isEmpty();
    }

    public int nodesAdded() {
        return scaleUps.stream().mapToInt(ScaleUpEntry::count).sum();
    }

    public BigDecimal addedPricePerHour() {
        return scaleUps.stream().map(ScaleUpEntry::addedPricePerHour).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Impossible pods not reported before: the caller reports these and adds them to what it has reported. */
    public List<PendingPod> newlyImpossible(Set<String> alreadyReported) {
        return pending.stream().filter(p -> p.impossible() && !alreadyReported.contains(p.pod())).toList();
    }
}
