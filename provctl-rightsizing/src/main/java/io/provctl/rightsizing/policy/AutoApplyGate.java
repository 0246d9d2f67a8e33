package io.provctl.rightsizing.policy;

import io.provctl.metrics.WorkloadKind;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.OptimizationType;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.ReplicaChange;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.spot.SpotAdvisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Decides whether a recommendation may be applied without a person: autoApply on and dryRun off,
 * something to change, confidence at least minConfidence (and at least 0.8 for SPOT_INSTANCES), risk at most maxRiskLevel (by the enum's
 * order), every change within maxChangePercent, the target not protected, no StatefulSet replica
 * reduction, no DaemonSet replica change, and no replica reduction that leaves the PDB nothing to
 * allow. The operator calls this on every reconcile, so no rule depends on the admission webhook.
 */
public final class AutoApplyGate {

    private AutoApplyGate() {
    }

    public static GateDecision evaluate(Recommendation r, WorkloadSpec workload, OptimizationPolicy policy) {
        List<GateFailure> failures = new ArrayList<>();
        switches(policy, failures);
        ProtectedTargets.check(workload.ref(), workload.labels()).ifPresent(failures::add);
        if (!r.changesAnything()) {
            failures.add(new GateFailure(Gate.NOTHING_TO_CHANGE, r.schedule().isPresent()
                    ? "a replica schedule is shown, not applied: provctl writes requests, replicas and placement, not schedules"
                    : "the recommendation changes nothing"));
        }
        thresholds(r, policy, failures);
        replicas(r, workload, failures);
        return failures.isEmpty() ? new GateDecision.AutoApply() : new GateDecision.ManualOnly(failures);
    }

    private static void switches(OptimizationPolicy policy, List<GateFailure> failures) {
        if (policy.dryRun()) {
            failures.add(new GateFailure(Gate.DRY_RUN, "dryRun is set"));
        }
        if (!policy.autoApply()) {
            failures.add(new GateFailure(Gate.AUTO_APPLY_OFF, "autoApply is off"));
        }
    }

    private static void thresholds(Recommendation r, OptimizationPolicy policy, List<GateFailure> failures) {
        double needed = requiredConfidence(r, policy);
        if (r.confidence() < needed) {
            failures.add(new GateFailure(Gate.LOW_CONFIDENCE, String.format(Locale.ROOT,
                    "confidence %.2f is below %s %.2f", r.confidence(),
                    needed > policy.minConfidence() ? "the spot minimum" : "minConfidence", needed)));
        }
        if (!r.riskLevel().isAtMost(policy.maxRiskLevel())) {
            failures.add(new GateFailure(Gate.RISK_TOO_HIGH,
                    "risk " + r.riskLevel() + " is above maxRiskLevel " + policy.maxRiskLevel()));
        }
        OptionalDouble largest = r.largestChangePercent();
        if (largest.isEmpty()) {
            failures.add(new GateFailure(Gate.UNMEASURABLE_CHANGE, "a request would be set where none was"));
        } else if (largest.getAsDouble() > policy.maxChangePercent()) {
            failures.add(new GateFailure(Gate.CHANGE_TOO_LARGE, String.format(Locale.ROOT,
                    "a change of %.1f%% exceeds maxChangePercent %d", largest.getAsDouble(),
                    policy.maxChangePercent())));
        }
    }

    /**
     * minConfidence, raised to {@link SpotAdvisor#MIN_AUTO_APPLY_CONFIDENCE} for a move to spot: the
     * webhook refuses a lower minConfidence, and this gate holds the rule even where no webhook runs.
     */
    static double requiredConfidence(Recommendation r, OptimizationPolicy policy) {
        return r.type() == OptimizationType.SPOT_INSTANCES
                ? Math.max(policy.minConfidence(), SpotAdvisor.MIN_AUTO_APPLY_CONFIDENCE) : policy.minConfidence();
    }

    private static void replicas(Recommendation r, WorkloadSpec workload, List<GateFailure> failures) {
        if (r.replicas().isEmpty() || !r.replicas().get().changes()) {
            return;
        }
        ReplicaChange rc = r.replicas().get();
        if (workload.kind() == WorkloadKind.DAEMON_SET) {
            failures.add(new GateFailure(Gate.DAEMONSET_REPLICAS, "DaemonSet replica changes are never automatic"));
        }
        boolean reduces = rc.after() < rc.before();
        if (reduces && workload.kind() == WorkloadKind.STATEFUL_SET) {
            failures.add(new GateFailure(Gate.STATEFULSET_REPLICA_REDUCTION,
                    "StatefulSet replica reductions are never automatic"));
        }
        if (reduces && workload.pdbMinAvailable().isPresent() && rc.after() <= workload.pdbMinAvailable().getAsInt()) {
            failures.add(new GateFailure(Gate.PDB_VIOLATION, rc.after() + " replicas would leave the "
                    + "PodDisruptionBudget (" + workload.pdbMinAvailable().getAsInt()
                    + " available) no disruption to allow"));
        }
    }
}
