package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.Quantities;
import io.provctl.rightsizing.apply.ContainerPatch;
import io.provctl.rightsizing.apply.WorkloadPatch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Writes a {@link WorkloadPatch} to its workload. fabric8's edit sends a JSON Patch of exactly the
 * changed fields: a JSON merge patch would replace the whole container list, and strategic merge is
 * not served everywhere (the mock server has none). Only the cpu and memory entries of requests and
 * limits change; other resources (ephemeral-storage, GPUs) stay as they are. A placement change sets
 * the template's tolerations and preferred node affinity to the patch's lists, which already hold what
 * was there (see {@link PodPlacements}).
 */
public final class WorkloadWriter {

    private final KubernetesClient client;

    public WorkloadWriter(KubernetesClient client) {
        this.client = client;
    }

    /** Writes {@code patch}'s after-values and sets (or, with an empty value, removes) the annotation. */
    public void write(WorkloadPatch patch, String annotation, Optional<String> value) {
        edit(patch.workload(), meta -> annotate(meta, annotation, value), template -> {
            resize(template, patch);
            patch.placement().ifPresent(p -> PodPlacements.write(template.getSpec(), p.after()));
        }, patch.replicas().map(r -> r.after()));
    }

    private void edit(WorkloadRef ref, Consumer<ObjectMeta> meta, Consumer<PodTemplateSpec> template,
                      Optional<Integer> replicas) {
        var ns = ref.namespace();
        switch (ref.kind()) {
            case DEPLOYMENT -> client.apps().deployments().inNamespace(ns).withName(ref.name()).edit(apply(d -> {
                meta.accept(d.getMetadata());
                template.accept(d.getSpec().getTemplate());
                replicas.ifPresent(d.getSpec()::setReplicas);
            }));
            case STATEFUL_SET -> client.apps().statefulSets().inNamespace(ns).withName(ref.name()).edit(apply(s -> {
                meta.accept(s.getMetadata());
                template.accept(s.getSpec().getTemplate());
                replicas.ifPresent(s.getSpec()::setReplicas);
            }));
            case DAEMON_SET -> client.apps().daemonSets().inNamespace(ns).withName(ref.name()).edit(apply(d -> {
                meta.accept(d.getMetadata());
                template.accept(d.getSpec().getTemplate());
            }));
        }
    }

    private static <T> UnaryOperator<T> apply(Consumer<T> change) {
        return t -> {
            change.accept(t);
            return t;
        };
    }

    private static void annotate(ObjectMeta meta, String key, Optional<String> value) {
        Map<String, String> annotations = new HashMap<>(Optional.ofNullable(meta.getAnnotations()).orElse(Map.of()));
        value.ifPresentOrElse(v -> annotations.put(key, v), () -> annotations.remove(key));
        meta.setAnnotations(annotations);
    }

    private static void resize(PodTemplateSpec template, WorkloadPatch patch) {
        for (ContainerPatch p : patch.containers()) {
            template.getSpec().getContainers().stream().filter(c -> c.getName().equals(p.container())).findFirst()
                    .ifPresent(c -> set(c, p.after()));
        }
    }

    private static void set(Container c, ContainerSpec to) {
        ResourceRequirements r = Optional.ofNullable(c.getResources()).orElseGet(ResourceRequirements::new);
        Map<String, Quantity> requests = new HashMap<>(Optional.ofNullable(r.getRequests()).orElse(Map.of()));
        Map<String, Quantity> limits = new HashMap<>(Optional.ofNullable(r.getLimits()).orElse(Map.of()));
        put(requests, "cpu", to.requests().cpuMillicores() > 0
                ? OptionalLong.of(to.requests().cpuMillicores()) : OptionalLong.empty(), true);
        put(requests, "memory", to.requests().memoryBytes() > 0
                ? OptionalLong.of(to.requests().memoryBytes()) : OptionalLong.empty(), false);
        put(limits, "cpu", to.cpuLimitMillicores(), true);
        put(limits, "memory", to.memoryLimitBytes(), false);
        r.setRequests(requests);
        r.setLimits(limits);
        c.setResources(r);
    }

    private static void put(Map<String, Quantity> map, String key, OptionalLong value, boolean cpu) {
        value.ifPresentOrElse(v -> map.put(key, new Quantity(cpu ? Quantities.cpu(v) : Quantities.memory(v))),
                () -> map.remove(key));
    }
}
