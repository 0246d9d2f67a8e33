package io.provctl.operator.api.v1alpha1.costoptimization;

/** Where a CostOptimization stands. */
public enum CostOptimizationPhase {
    /** Accepted, not analysed yet. */
    Pending,
    /** An analysis is running. */
    Analyzing,
    /** A recommendation (or the reason there is none) is in the status; nothing was applied. */
    Ready,
    /** A change is being written to the workload. */
    Applying,
    /** A change was written and is watched, or was watched and kept. */
    Applied,
    /** The spec, the target or the metrics source is unusable; the message says why. */
    Failed,
    /** An applied change failed and the workload's original resources were restored. */
    RolledBack
}
