package io.provctl.rightsizing.apply;

import io.provctl.metrics.WorkloadRef;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The change to write to a workload, holding the values it replaces: the operator stores this whole
 * value (in the {@code <workload>-rollback-state} ConfigMap) before writing {@code after}, and rolls
 * back by applying {@link #inverse()}.
 */
public record WorkloadPatch(WorkloadRef workload, List<ContainerPatch> containers, Optional<ReplicaPatch> replicas) {

    public WorkloadPatch {
        Objects.requireNonNull(workload, "workload");
        containers = List.copyOf(containers);
        Objects.requireNonNull(replicas, "replicas");
    }

    public boolean isEmpty() {
        return containers.isEmpty() && replicas.isEmpty();
    }

    /** The patch that restores what this one replaced. */
    public WorkloadPatch inverse() {
        return new WorkloadPatch(workload, containers.stream().map(ContainerPatch::inverse).toList(),
                replicas.map(ReplicaPatch::inverse));
    }
}
