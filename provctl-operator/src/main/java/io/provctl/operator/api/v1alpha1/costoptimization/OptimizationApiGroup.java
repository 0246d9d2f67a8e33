package io.provctl.operator.api.v1alpha1.costoptimization;

/** The API group of provctl's workload rightsizing resources, and the names they put on workloads. */
public final class OptimizationApiGroup {

    public static final String NAME = "optimization.provctl.io";
    public static final String VERSION = "v1alpha1";

    /** On a workload: the ConfigMap holding what the last applied change replaced. */
    public static final String ROLLBACK_STATE_ANNOTATION = NAME + "/rollback-state";
    /** On a rollback ConfigMap: the CostOptimization that wrote it. */
    public static final String COSTOPTIMIZATION_LABEL = NAME + "/costoptimization";
    public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
    public static final String MANAGED_BY = "provctl";

    private OptimizationApiGroup() {
    }
}
