package io.provctl.rightsizing.apply;

import io.provctl.rightsizing.Analysis;
import io.provctl.rightsizing.NotApplicable;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.policy.AutoApplyGate;
import io.provctl.rightsizing.policy.GateDecision;

/**
 * What the operator does with one analysis: nothing (no recommendation), show it in the status (a gate
 * refused), or apply the patch (storing it for rollback first). Compute, then show, then act: this
 * value is the "compute" step.
 */
public sealed interface ApplyDecision {

    /** No recommendation could be made; the status shows why. */
    record NoRecommendation(NotApplicable reason) implements ApplyDecision {
    }

    /** A recommendation to show, with every gate that kept it from being applied. */
    record ShowOnly(Recommendation recommendation, GateDecision.ManualOnly refusal) implements ApplyDecision {
    }

    /** Every gate passed: store {@code patch} (it holds the originals), then write it. */
    record Apply(Recommendation recommendation, WorkloadPatch patch) implements ApplyDecision {
    }

    static ApplyDecision decide(Analysis analysis, WorkloadSpec workload, OptimizationPolicy policy) {
        if (analysis instanceof NotApplicable n) {
            return new NoRecommendation(n);
        }
        Recommendation r = (Recommendation) analysis;
        GateDecision gate = AutoApplyGate.evaluate(r, workload, policy);
        if (gate instanceof GateDecision.ManualOnly refusal) {
            return new ShowOnly(r, refusal);
        }
        return new Apply(r, PatchPlanner.patchFor(r, workload));
    }
}
