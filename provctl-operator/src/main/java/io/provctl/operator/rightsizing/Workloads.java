package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.PdbCoverage;
import io.provctl.rightsizing.PodTemplateFacts;
import io.provctl.rightsizing.Quantities;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.WorkloadSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a Deployment, StatefulSet or DaemonSet, with its HPA, the PDBs covering its pods, its claim
 * volumes and its tolerations and preferred node affinity, into a {@link WorkloadSnapshot}.
 */
public final class Workloads {

    private Workloads() {
    }

    public static Optional<WorkloadSnapshot> read(KubernetesClient client, WorkloadRef ref) {
        return switch (ref.kind()) {
            case DEPLOYMENT -> Optional.ofNullable(client.apps().deployments().inNamespace(ref.namespace())
                    .withName(ref.name()).get()).map(d -> snapshot(client, ref, d, replicas(d.getSpec().getReplicas()),
                    d.getSpec().getTemplate(), d.getSpec().getSelector()));
            case STATEFUL_SET -> Optional.ofNullable(client.apps().statefulSets().inNamespace(ref.namespace())
                    .withName(ref.name()).get()).map(s -> snapshot(client, ref, s, replicas(s.getSpec().getReplicas()),
                    s.getSpec().getTemplate(), s.getSpec().getSelector()));
            case DAEMON_SET -> Optional.ofNullable(client.apps().daemonSets().inNamespace(ref.namespace())
                    .withName(ref.name()).get()).map(d -> snapshot(client, ref, d, scheduled(d),
                    d.getSpec().getTemplate(), d.getSpec().getSelector()));
        };
    }

    /** The containers of a pod template as plain values: requests 0 where none is set. */
    public static List<ContainerSpec> containers(PodTemplateSpec template) {
        return template.getSpec().getContainers().stream().map(Workloads::container).toList();
    }

    private static WorkloadSnapshot snapshot(KubernetesClient client, WorkloadRef ref, HasMetadata resource,
                                             int replicas, PodTemplateSpec template, LabelSelector selector) {
        Map<String, String> matchLabels = Optional.ofNullable(selector).map(LabelSelector::getMatchLabels)
                .orElse(Map.of());
        Map<String, String> labels = Optional.ofNullable(resource.getMetadata().getLabels()).orElse(Map.of());
        List<PdbCoverage> pdbs = pdbs(client, ref, template, replicas);
        WorkloadSpec spec = new WorkloadSpec(ref, replicas, containers(template), labels, hpaManaged(client, ref),
                pdbs.stream().mapToInt(PdbCoverage::minAvailable).max(), facts(template, pdbs));
        return new WorkloadSnapshot(spec, resource, template, matchLabels);
    }

    private static ContainerSpec container(Container c) {
        Map<String, Quantity> requests = Optional.ofNullable(c.getResources()).map(r -> r.getRequests())
                .orElse(Map.of());
        Map<String, Quantity> limits = Optional.ofNullable(c.getResources()).map(r -> r.getLimits()).orElse(Map.of());
        return new ContainerSpec(c.getName(), Resources.of(
                Optional.ofNullable(requests.get("cpu")).map(q -> Quantities.parseCpu(q.toString())).orElse(0L),
                Optional.ofNullable(requests.get("memory")).map(q -> Quantities.parseMemory(q.toString())).orElse(0L)),
                limit(limits.get("cpu"), true), limit(limits.get("memory"), false));
    }

    private static OptionalLong limit(Quantity q, boolean cpu) {
        if (q == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(cpu ? Quantities.parseCpu(q.toString()) : Quantities.parseMemory(q.toString()));
    }

    private static int replicas(Integer value) {
        return Optional.ofNullable(value).orElse(1);
    }

    private static int scheduled(DaemonSet d) {
        return Optional.ofNullable(d.getStatus()).map(s -> s.getDesiredNumberScheduled()).orElse(0);
    }

    private static boolean hpaManaged(KubernetesClient client, WorkloadRef ref) {
        return client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(ref.namespace()).list().getItems()
                .stream().map(h -> h.getSpec().getScaleTargetRef())
                .anyMatch(t -> ref.kind().kubernetesName().equals(t.getKind()) && ref.name().equals(t.getName()));
    }

    /** Every PDB whose selector matches the pod template's labels, with the pods it keeps available. */
    private static List<PdbCoverage> pdbs(KubernetesClient client, WorkloadRef ref, PodTemplateSpec template,
                                          int replicas) {
        Map<String, String> podLabels = Optional.ofNullable(template.getMetadata())
                .map(m -> m.getLabels()).orElse(Map.of());
        return client.policy().v1().podDisruptionBudget().inNamespace(ref.namespace()).list().getItems().stream()
                .filter(p -> LabelSelectors.matches(p.getSpec().getSelector(), podLabels))
                .map(p -> new PdbCoverage(p.getMetadata().getName(), minAvailable(p, replicas))).toList();
    }

    /** The template's claim volumes, PDBs and placement, for SPOT_INSTANCES. */
    private static PodTemplateFacts facts(PodTemplateSpec template, List<PdbCoverage> pdbs) {
        List<String> claims = Optional.ofNullable(template.getSpec().getVolumes()).orElse(List.of()).stream()
                .filter(v -> v.getPersistentVolumeClaim() != null).map(Volume::getName).toList();
        return new PodTemplateFacts(claims, pdbs, PodPlacements.read(template.getSpec()));
    }

    private static int minAvailable(PodDisruptionBudget pdb, int replicas) {
        if (pdb.getSpec().getMinAvailable() != null) {
            return resolve(pdb.getSpec().getMinAvailable(), replicas, true);
        }
        if (pdb.getSpec().getMaxUnavailable() != null) {
            return Math.max(0, replicas - resolve(pdb.getSpec().getMaxUnavailable(), replicas, false));
        }
        return 0;
    }

    /** Percentages round up for minAvailable and down for maxUnavailable, as the disruption controller does. */
    private static int resolve(IntOrString value, int replicas, boolean roundUp) {
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        double percent = Double.parseDouble(value.getStrVal().replace("%", "")) * replicas / 100.0;
        return (int) (roundUp ? Math.ceil(percent) : Math.floor(percent));
    }
}
