package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.apply.ContainerPatch;
import io.provctl.rightsizing.apply.PostApplySignals;
import io.provctl.rightsizing.apply.WorkloadPatch;
import io.provctl.rightsizing.placement.PodPlacement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the workload's pods show since a change: only pods that run the new sizes (and the new
 * tolerations and preferred node affinity) count, since those still on the old ones say nothing about
 * the change. OOM kills are read from the last termination
 * of each container, restarts from restart counts, readiness from the pods' Ready condition, and the
 * progress deadline from a Deployment's Progressing condition.
 */
public final class PodSignals {

    private PodSignals() {
    }

    public static PostApplySignals observe(KubernetesClient client, WorkloadSnapshot workload, WorkloadPatch patch,
                                           Duration observedFor) {
        List<Pod> pods = client.pods().inNamespace(patch.workload().namespace())
                .withLabels(workload.selector()).list().getItems().stream()
                .filter(p -> runsPatch(p, patch)).toList();
        int ooms = (int) statuses(pods).filter(PodSignals::oomKilled).count();
        int restarts = statuses(pods).mapToInt(s -> Optional.ofNullable(s.getRestartCount()).orElse(0)).sum();
        int unready = (int) pods.stream().filter(PodSignals::unready).count();
        return new PostApplySignals(observedFor, ooms, restarts, unready, deadlineExceeded(workload));
    }

    private static boolean runsPatch(Pod pod, WorkloadPatch patch) {
        Map<String, ContainerSpec> sizes = Workloads.containers(new PodTemplateSpec(
                pod.getMetadata(), pod.getSpec())).stream()
                .collect(Collectors.toMap(ContainerSpec::name, c -> c));
        return patch.containers().stream().map(ContainerPatch::after)
                .allMatch(after -> after.equals(sizes.get(after.name())))
                && patch.placement().map(p -> runsPlacement(pod, p.after())).orElse(true);
    }

    /** Admission adds default tolerations (not-ready, unreachable) to pods, so the template's must be among them. */
    private static boolean runsPlacement(Pod pod, PodPlacement after) {
        PodPlacement running = PodPlacements.read(pod.getSpec());
        return running.tolerations().containsAll(after.tolerations())
                && running.preferredNodeAffinity().equals(after.preferredNodeAffinity());
    }

    private static Stream<ContainerStatus> statuses(List<Pod> pods) {
        return pods.stream().map(Pod::getStatus).filter(Objects::nonNull)
                .flatMap(s -> Optional.ofNullable(s.getContainerStatuses()).orElse(List.of()).stream());
    }

    private static boolean oomKilled(ContainerStatus s) {
        return "OOMKilled".equals(Optional.ofNullable(s.getLastState()).map(l -> l.getTerminated())
                .map(t -> t.getReason()).orElse(null))
                || "OOMKilled".equals(Optional.ofNullable(s.getState()).map(l -> l.getTerminated())
                .map(t -> t.getReason()).orElse(null));
    }

    private static boolean unready(Pod pod) {
        List<PodCondition> conditions = Optional.ofNullable(pod.getStatus()).map(s -> s.getConditions())
                .orElse(List.of());
        return conditions.stream().anyMatch(c -> "Ready".equals(c.getType()) && "False".equals(c.getStatus()));
    }

    private static boolean deadlineExceeded(WorkloadSnapshot workload) {
        return workload.resource() instanceof Deployment d && d.getStatus() != null
                && Optional.ofNullable(d.getStatus().getConditions()).orElse(List.of()).stream()
                .anyMatch(c -> "Progressing".equals(c.getType()) && "ProgressDeadlineExceeded".equals(c.getReason()));
    }
}
