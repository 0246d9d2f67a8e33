package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the recommender and the gates need to know about a workload, as plain values: its replicas,
 * containers, labels, whether a HorizontalPodAutoscaler owns its replica count and whether a
 * PodDisruptionBudget covers its pods. The operator builds it from the Kubernetes object.
 */
public record WorkloadSpec(WorkloadRef ref, int replicas, List<ContainerSpec> containers, Map<String, String> labels,
                           boolean hpaManaged, boolean pdbCovered) {

    public WorkloadSpec {
        Objects.requireNonNull(ref, "ref");
        containers = List.copyOf(containers);
        labels = Map.copyOf(labels);
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative: " + replicas);
        }
        if (containers.isEmpty()) {
            throw new IllegalArgumentException(ref + " has no containers");
        }
    }

    public static WorkloadSpec of(WorkloadRef ref, int replicas, ContainerSpec... containers) {
        return new WorkloadSpec(ref, replicas, List.of(containers), Map.of(), false, false);
    }

    public WorkloadSpec withHpa(boolean managed) {
        return new WorkloadSpec(ref, replicas, containers, labels, managed, pdbCovered);
    }

    public WorkloadSpec withLabels(Map<String, String> l) {
        return new WorkloadSpec(ref, replicas, containers, l, hpaManaged, pdbCovered);
    }

    public WorkloadSpec withPdb(boolean covered) {
        return new WorkloadSpec(ref, replicas, containers, labels, hpaManaged, covered);
    }

    public WorkloadKind kind() {
        return ref.kind();
    }

    public Optional<ContainerSpec> container(String name) {
        return containers.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The requests of one pod: the sum over its containers. */
    public Resources podRequests() {
        return containers.stream().map(ContainerSpec::requests).reduce(Resources.of(0, 0), Resources::plus);
    }
}
