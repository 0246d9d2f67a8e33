package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationPhase;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches CostOptimizations and records the phases their status passes through, in order, each
 * once per stretch (a status write that keeps the phase adds nothing).
 */
public final class PhaseRecorder implements Watcher<CostOptimization> {

    private final List<CostOptimizationPhase> phases = new ArrayList<>();

    @Override
    public synchronized void eventReceived(Action action, CostOptimization co) {
        if (co.getStatus() == null || co.getStatus().getPhase() == null) {
            return;
        }
        CostOptimizationPhase phase = co.getStatus().getPhase();
        if (phases.isEmpty() || phases.get(phases.size() - 1) != phase) {
            phases.add(phase);
        }
    }

    @Override
    public void onClose(WatcherException cause) {
    }

    public synchronized List<CostOptimizationPhase> phases() {
        return List.copyOf(phases);
    }
}
