package io.provctl.rightsizing.apply;

import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.placement.PlacementChange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The change to write to a workload, holding the values it replaces: the operator stores this whole
 * value (in the {@code <workload>-rollback-state} ConfigMap) before writing {@code after}, and rolls
 * back by applying {@link #inverse()}. {@code placement} holds the pod template's whole tolerations and
 * preferred node affinity before and after (SPOT_INSTANCES), so a rollback writes them back exactly.
 */
public record WorkloadPatch(WorkloadRef workload, List<ContainerPatch> containers, Optional<ReplicaPatch> replicas,
                            Optional<PlacementChange> placement) {

    public WorkloadPatch {
        Objects.requireNonNull(workload, "workload");
        containers = List.copyOf(containers);
        Objects.requireNonNull(replicas, "replicas");
        Objects.requireNonNull(placement, "placement");
    }

    /** A patch of requests, limits and replicas only. */
    public WorkloadPatch(WorkloadRef workload, List<ContainerPatch> containers, Optional<ReplicaPatch> replicas) {
        this(workload, containers, replicas, Optional.empty());
    }

    public boolean isEmpty() {
        return containers.isEmpty() && replicas.isEmpty() && placement.isEmpty();
    }

    /** The patch that restores what this one replaced. */
    public WorkloadPatch inverse() {
        return new WorkloadPatch(workload, containers.stream().map(ContainerPatch::inverse).toList(),
                replicas.map(ReplicaPatch::inverse), placement.map(PlacementChange::inverse));
    }
}
