package io.provctl.operator.api.v1alpha1.costoptimization;

import io.provctl.rightsizing.OptimizationType;

/** spec.optimizationType: what a CostOptimization may change. */
public enum OptimizationTypeName {
    CPU, MEMORY, REPLICAS, ALL, SPOT_INSTANCES, SCHEDULED_SCALING;

    public OptimizationType toDomain() {
        return OptimizationType.valueOf(name());
    }
}
