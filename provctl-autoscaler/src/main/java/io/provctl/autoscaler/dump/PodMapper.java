package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.AntiAffinityTerm;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.NodeSelectorTerm;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Quantities;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.Toleration;
import io.provctl.autoscaler.model.VolumeKind;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A v1 Pod as the autoscaler sees it. */
final class PodMapper {

    private PodMapper() {
    }

    /** Pods that have finished hold nothing and are left out. */
    static boolean terminal(JsonNode pod) {
        String phase = Fields.text(pod, "status", "phase").orElse("");
        return phase.equals("Succeeded") || phase.equals("Failed");
    }

    static PodInfo map(JsonNode pod) {
        JsonNode meta = pod.path("metadata");
        JsonNode spec = pod.path("spec");
        PodInfo.Builder b = PodInfo.builder(Fields.text(meta, "namespace").orElse("default"),
                Fields.text(meta, "name").orElseThrow(() -> new IllegalArgumentException("a Pod has no metadata.name")));
        Fields.stringMap(meta.path("labels")).forEach(b::label);
        Fields.stringMap(meta.path("annotations")).forEach(b::annotation);
        owner(meta).ifPresent(b::owner);
        Fields.list(spec.path("containers")).forEach(c -> b.container(requests(c.path("resources").path("requests"))));
        Fields.list(spec.path("initContainers")).forEach(c -> b.initContainer(requests(c.path("resources").path("requests"))));
        b.overhead(requests(spec.path("overhead")));
        Fields.stringMap(spec.path("nodeSelector")).forEach(b::nodeSelector);
        JsonNode affinity = spec.path("affinity");
        Fields.list(affinity.path("nodeAffinity").path("requiredDuringSchedulingIgnoredDuringExecution")
                .path("nodeSelectorTerms")).forEach(t -> b.affinityTerm(
                        new NodeSelectorTerm(Selectors.requirements(t.path("matchExpressions")))));
        Fields.list(affinity.path("podAntiAffinity").path("requiredDuringSchedulingIgnoredDuringExecution")).stream()
                .filter(t -> Fields.text(t, "topologyKey").filter(NodeInfo.HOSTNAME_LABEL::equals).isPresent())
                .forEach(t -> b.antiAffinity(new AntiAffinityTerm(Selectors.labelSelector(t.path("labelSelector")),
                        new HashSet<>(Fields.strings(t.path("namespaces"))))));
        Fields.list(spec.path("tolerations")).forEach(t -> b.toleration(toleration(t)));
        Fields.list(spec.path("volumes")).forEach(v -> b.volume(volumeKind(v)));
        b.priority(Fields.integer(spec, "priority", 0));
        Fields.text(spec, "nodeName").ifPresent(b::nodeName);
        if (spec.path("nodeName").isMissingNode() && unschedulable(pod.path("status"))) {
            b.unschedulable();
        }
        return b.build();
    }

    /** The controller owner's kind; without a controller, the first owner's. */
    private static Optional<String> owner(JsonNode meta) {
        JsonNode controller = null;
        for (JsonNode o : Fields.list(meta.path("ownerReferences"))) {
            if (controller == null || Fields.bool(o, "controller", false)) {
                controller = o;
            }
        }
        return controller == null ? Optional.empty() : Fields.text(controller, "kind");
    }

    static Resources requests(JsonNode requests) {
        long cpu = Fields.text(requests, "cpu").map(Quantities::millis).orElse(0L);
        long memory = Fields.text(requests, "memory").map(Quantities::whole).orElse(0L);
        long ephemeral = Fields.text(requests, "ephemeral-storage").map(Quantities::whole).orElse(0L);
        return new Resources(cpu, memory, ephemeral, 0);
    }

    private static Toleration toleration(JsonNode t) {
        boolean exists = Fields.text(t, "operator").filter("Exists"::equals).isPresent();
        return new Toleration(Fields.text(t, "key").orElse(""), exists, Fields.text(t, "value").orElse(""),
                Fields.text(t, "effect").filter(e -> !e.isEmpty()).map(TaintEffect::parse));
    }

    private static VolumeKind volumeKind(JsonNode v) {
        Set<String> keys = new HashSet<>();
        v.fieldNames().forEachRemaining(keys::add);
        if (keys.contains("emptyDir")) {
            return VolumeKind.EMPTY_DIR;
        }
        if (keys.contains("hostPath")) {
            return VolumeKind.HOST_PATH;
        }
        if (keys.contains("persistentVolumeClaim")) {
            return VolumeKind.PERSISTENT_VOLUME_CLAIM;
        }
        if (keys.contains("configMap")) {
            return VolumeKind.CONFIG_MAP;
        }
        return keys.contains("secret") ? VolumeKind.SECRET : VolumeKind.OTHER;
    }

    private static boolean unschedulable(JsonNode status) {
        return Fields.list(status.path("conditions")).stream().anyMatch(c ->
                Fields.text(c, "type").filter("PodScheduled"::equals).isPresent()
                        && Fields.text(c, "status").filter("False"::equals).isPresent()
                        && Fields.text(c, "reason").filter("Unschedulable"::equals).isPresent());
    }
}
