package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadRef;

/** The outcome of analysing one workload: a recommendation, or why there honestly is none. */
public sealed interface Analysis permits Recommendation, NotApplicable {

    WorkloadRef workload();

    OptimizationType type();
}
