package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadRef;

/** No recommendation of this type can be made for this workload, and why. */
public record NotApplicable(WorkloadRef workload, OptimizationType type, String reason) implements Analysis {
}
