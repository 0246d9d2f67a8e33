package io.provctl.operator.api.v1alpha1.costoptimization;

import io.provctl.metrics.WorkloadKind;

/** The workload kinds a CostOptimization can target, spelled as Kubernetes spells them. */
public enum TargetKind {
    Deployment(WorkloadKind.DEPLOYMENT),
    StatefulSet(WorkloadKind.STATEFUL_SET),
    DaemonSet(WorkloadKind.DAEMON_SET);

    private final WorkloadKind kind;

    TargetKind(WorkloadKind kind) {
        this.kind = kind;
    }

    public WorkloadKind workloadKind() {
        return kind;
    }
}
