package io.provctl.operator.rightsizing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.apply.ContainerPatch;
import io.provctl.rightsizing.apply.ReplicaPatch;
import io.provctl.rightsizing.apply.WorkloadPatch;
import io.provctl.rightsizing.placement.PlacementChange;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link WorkloadPatch} as JSON for the rollback ConfigMap: CPU in millicores and memory in bytes,
 * exact integers, so a rollback restores the very values that were replaced; a placement change with
 * its tolerations and preferred node affinity before and after, field by field ({@link PlacementJson}).
 */
public final class WorkloadPatchJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkloadPatchJson() {
    }

    public static String write(WorkloadPatch patch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", patch.workload().toString());
        m.put("containers", patch.containers().stream().map(c -> Map.of("before", container(c.before()),
                "after", container(c.after()))).toList());
        patch.replicas().ifPresent(r -> m.put("replicas", Map.of("before", r.before(), "after", r.after())));
        patch.placement().ifPresent(p -> m.put("placement", PlacementJson.write(p)));
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkloadPatch read(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            List<ContainerPatch> containers = new ArrayList<>();
            root.path("containers").forEach(c -> containers.add(new ContainerPatch(container(c.path("before")),
                    container(c.path("after")))));
            Optional<ReplicaPatch> replicas = root.has("replicas") ? Optional.of(new ReplicaPatch(
                    root.path("replicas").path("before").asInt(), root.path("replicas").path("after").asInt()))
                    : Optional.empty();
            Optional<PlacementChange> placement = root.has("placement")
                    ? Optional.of(PlacementJson.read(root.path("placement"))) : Optional.empty();
            return new WorkloadPatch(WorkloadRef.parse(root.path("workload").asText()), containers, replicas,
                    placement);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the stored rollback state is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> container(ContainerSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("cpuRequest", c.requests().cpuMillicores());
        m.put("memoryRequest", c.requests().memoryBytes());
        c.cpuLimitMillicores().ifPresent(l -> m.put("cpuLimit", l));
        c.memoryLimitBytes().ifPresent(l -> m.put("memoryLimit", l));
        return m;
    }

    private static ContainerSpec container(JsonNode n) {
        return new ContainerSpec(n.path("name").asText(),
                Resources.of(n.path("cpuRequest").asLong(), n.path("memoryRequest").asLong()),
                optional(n, "cpuLimit"), optional(n, "memoryLimit"));
    }

    private static OptionalLong optional(JsonNode n, String field) {
        return n.has(field) ? OptionalLong.of(n.path(field).asLong()) : OptionalLong.empty();
    }
}
