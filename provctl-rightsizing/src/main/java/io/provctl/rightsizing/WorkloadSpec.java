package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the recommender and the gates need to know about a workload, as plain values: its replicas,
 * containers, labels, whether a HorizontalPodAutoscaler owns its replica count and the
 * PodDisruptionBudget covering its pods, if any, as the number of pods it keeps available (the operator
 * resolves minAvailable or maxUnavailable, absolute or percent, against the replicas), and the pod
 * template's volumes, PDBs and placement that SPOT_INSTANCES decides on.
 */
public record WorkloadSpec(WorkloadRef ref, int replicas, List<ContainerSpec> containers, Map<String, String> labels,
                           boolean hpaManaged, OptionalInt pdbMinAvailable, PodTemplateFacts template) {

    public WorkloadSpec {
        Objects.requireNonNull(ref, "ref");
        containers = List.copyOf(containers);
        labels = Map.copyOf(labels);
        Objects.requireNonNull(pdbMinAvailable, "pdbMinAvailable");
        Objects.requireNonNull(template, "template");
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative: " + replicas);
        }
        if (containers.isEmpty()) {
            throw new IllegalArgumentException(ref + " has no containers");
        }
    }

    /** A workload whose pod template facts are unknown: no volumes, PDBs, tolerations or affinity. */
    public WorkloadSpec(WorkloadRef ref, int replicas, List<ContainerSpec> containers, Map<String, String> labels,
                        boolean hpaManaged, OptionalInt pdbMinAvailable) {
        this(ref, replicas, containers, labels, hpaManaged, pdbMinAvailable, PodTemplateFacts.none());
    }

    public static WorkloadSpec of(WorkloadRef ref, int replicas, ContainerSpec... containers) {
        return new WorkloadSpec(ref, replicas, List.of(containers), Map.of(), false, OptionalInt.empty());
    }

    public WorkloadSpec withHpa(boolean managed) {
        return new WorkloadSpec(ref, replicas, containers, labels, managed, pdbMinAvailable, template);
    }

    public WorkloadSpec withLabels(Map<String, String> l) {
        return new WorkloadSpec(ref, replicas, containers, l, hpaManaged, pdbMinAvailable, template);
    }

    public WorkloadSpec withPdbMinAvailable(int pods) {
        return new WorkloadSpec(ref, replicas, containers, labels, hpaManaged, OptionalInt.of(pods), template);
    }

    public WorkloadSpec withTemplate(PodTemplateFacts t) {
        return new WorkloadSpec(ref, replicas, containers, labels, hpaManaged, pdbMinAvailable, t);
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
