package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Quantities;
import io.provctl.autoscaler.model.Resources;

import java.util.Optional;

/** A v1 Node. Ready True is ready; no Ready condition yet (or Unknown) is a node still joining. */
final class NodeMapper {

    /** The kubelet's default pod limit, for nodes whose status does not say. */
    static final long DEFAULT_MAX_PODS = 110;

    private NodeMapper() {
    }

    static NodeInfo map(JsonNode node) {
        JsonNode meta = node.path("metadata");
        JsonNode status = node.path("status");
        JsonNode alloc = status.path("allocatable").isObject() ? status.path("allocatable") : status.path("capacity");
        Resources allocatable = new Resources(
                Fields.text(alloc, "cpu").map(Quantities::millis).orElse(0L),
                Fields.text(alloc, "memory").map(Quantities::whole).orElse(0L),
                Fields.text(alloc, "ephemeral-storage").map(Quantities::whole).orElse(Resources.UNLIMITED),
                Fields.text(alloc, "pods").map(Quantities::whole).orElse(DEFAULT_MAX_PODS));
        Optional<String> ready = Fields.list(status.path("conditions")).stream()
                .filter(c -> Fields.text(c, "type").filter("Ready"::equals).isPresent())
                .findFirst().flatMap(c -> Fields.text(c, "status"));
        return new NodeInfo(
                Fields.text(meta, "name").orElseThrow(() -> new IllegalArgumentException("a Node has no metadata.name")),
                allocatable, Fields.stringMap(meta.path("labels")), Selectors.taints(node.path("spec").path("taints")),
                Fields.bool(node.path("spec"), "unschedulable", false), Fields.stringMap(meta.path("annotations")),
                ready.filter("True"::equals).isPresent(), ready.isEmpty() || ready.get().equals("Unknown"));
    }
}
