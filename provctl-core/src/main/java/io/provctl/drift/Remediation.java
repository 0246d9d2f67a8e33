package io.provctl.drift;

import io.provctl.plan.Plan;
import io.provctl.store.NewEvent;

import java.util.List;

/**
 * What undoing drift takes: {@code corrections}, events that make the state say what exists before
 * anything is changed (a resource deleted outside provctl is recorded as deleted), then an ordinary
 * {@code plan} made against the state as it is after those corrections.
 */
public record Remediation(List<NewEvent> corrections, Plan plan, List<Drift> skipped) {

    public Remediation {
        corrections = List.copyOf(corrections);
        skipped = List.copyOf(skipped);
    }

    public boolean hasChanges() {
        return plan.hasChanges();
    }
}
