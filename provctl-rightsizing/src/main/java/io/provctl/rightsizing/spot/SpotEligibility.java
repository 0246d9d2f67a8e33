package io.provctl.rightsizing.spot;

import io.provctl.metrics.WorkloadKind;
import io.provctl.rightsizing.PdbCoverage;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.placement.SpotNodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a workload's pods may move to spot nodes, which the provider can reclaim at any time. Only a
 * stateless, replicated Deployment whose pods a PodDisruptionBudget protects qualifies, and only when
 * it does not already tolerate and prefer spot.
 */
public sealed interface SpotEligibility {

    /** The workload qualifies; {@code pdb} is the tightest budget covering its pods (eviction obeys all). */
    record Eligible(PdbCoverage pdb) implements SpotEligibility {
    }

    /** The workload does not qualify, with every reason. */
    record Refused(List<String> reasons) implements SpotEligibility {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }

    /** The replicas spot needs: one reclaimed node must never take every pod away. */
    int MIN_REPLICAS = 2;

    static SpotEligibility of(WorkloadSpec w) {
        if (w.kind() == WorkloadKind.STATEFUL_SET) {
            return new Refused(List.of("a StatefulSet's pods own state and identity: a reclaimed spot node "
                    + "would take a member away with its data; only Deployments move to spot"));
        }
        if (w.kind() == WorkloadKind.DAEMON_SET) {
            return new Refused(List.of("a DaemonSet runs one pod on every node, spot or not: there is nothing "
                    + "to move"));
        }
        List<String> reasons = new ArrayList<>();
        if (!w.template().claimVolumes().isEmpty()) {
            reasons.add("the pod template mounts PersistentVolumeClaim volume(s) " + w.template().claimVolumes()
                    + ": pods that own a volume are not stateless");
        }
        if (w.replicas() < MIN_REPLICAS) {
            reasons.add(w.replicas() + " replica(s): spot needs at least " + MIN_REPLICAS
                    + ", since a reclaimed spot node would take every pod away");
        }
        Optional<PdbCoverage> tightest = w.template().pdbs().stream()
                .max(Comparator.comparingInt(PdbCoverage::minAvailable));
        if (tightest.isEmpty()) {
            reasons.add("no PodDisruptionBudget selects the pod template's labels: draining a reclaimed spot "
                    + "node could evict every pod at once");
        } else if (tightest.get().allowedDisruptions(w.replicas()) < 1) {
            reasons.add("PodDisruptionBudget " + tightest.get().name() + " keeps " + tightest.get().minAvailable()
                    + " of " + w.replicas() + " pods available and so allows no disruption: a reclaimed spot node "
                    + "could not be drained gracefully");
        }
        if (w.template().placement().toleratesSpot() && w.template().placement().prefersSpot()) {
            reasons.add("the pods already tolerate the spot taint " + SpotNodes.TAINT_KEY + "=" + SpotNodes.TAINT_VALUE
                    + ":" + SpotNodes.TAINT_EFFECT + " and prefer nodes labelled " + SpotNodes.LABEL_KEY + "="
                    + SpotNodes.LABEL_VALUE + ": nothing to change");
        }
        return reasons.isEmpty() ? new Eligible(tightest.orElseThrow()) : new Refused(reasons);
    }
}
