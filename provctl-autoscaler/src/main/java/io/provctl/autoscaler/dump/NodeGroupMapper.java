package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.ScaleDownPolicy;
import io.provctl.autoscaler.model.ScaleUpPolicy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A NodeGroup (autoscaling.provctl.io/v1alpha1). Its size is the larger of the nodes carrying its label
 * and status.desiredNodes, so nodes still being created count against maxNodes.
 */
final class NodeGroupMapper {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private NodeGroupMapper() {
    }

    static NodeGroupInfo map(JsonNode ng, int labelledNodes, OfferingResolver offerings) {
        JsonNode meta = ng.path("metadata");
        JsonNode spec = ng.path("spec");
        String name = Fields.text(meta, "name").orElseThrow(() -> new IllegalArgumentException("a NodeGroup has no metadata.name"));
        if (!spec.has("maxNodes")) {
            throw new IllegalArgumentException("NodeGroup " + name + ": spec.maxNodes is required");
        }
        Optional<String> provider = Fields.text(spec, "provider");
        Optional<String> region = Fields.text(spec, "region").or(() -> Fields.text(spec, "datacenterID"));
        List<Offering> offered = Fields.list(spec.path("offeringIDs")).stream()
                .map(o -> offerings.resolve(o, provider, region)).toList();
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("NodeGroup " + name + ": spec.offeringIDs is empty");
        }
        Set<String> seen = new HashSet<>();
        offered.stream().filter(o -> !seen.add(o.name())).findFirst().ifPresent(o -> {
            throw new IllegalArgumentException("NodeGroup " + name + ": offering " + o.name() + " is listed twice");
        });
        int current = Math.max(labelledNodes, Fields.integer(ng.path("status"), "desiredNodes", 0));
        return new NodeGroupInfo(name, Fields.integer(spec, "minNodes", 0), Fields.integer(spec, "maxNodes", 0), current,
                offered, Fields.stringMap(spec.path("labels")), Selectors.taints(spec.path("taints")),
                scaleUp(spec.path("scaleUpPolicy")), scaleDown(spec.path("scaleDownPolicy")),
                Fields.text(ng.path("status"), "lastScaleUpTime").map(NodeGroupMapper::instant));
    }

    private static ScaleUpPolicy scaleUp(JsonNode p) {
        return new ScaleUpPolicy(Fields.bool(p, "enabled", true),
                Duration.ofSeconds(Fields.integer(p, "stabilizationWindowSeconds", 60)));
    }

    private static ScaleDownPolicy scaleDown(JsonNode p) {
        return new ScaleDownPolicy(Fields.bool(p, "enabled", true),
                percent(Fields.integer(p, "cpuThreshold", 50)), percent(Fields.integer(p, "memoryThreshold", 50)),
                Duration.ofSeconds(Fields.integer(p, "stabilizationWindowSeconds", 600)));
    }

    private static BigDecimal percent(int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("thresholds are percentages from 0 to 100, got " + value);
        }
        return BigDecimal.valueOf(value).divide(PERCENT);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("lastScaleUpTime \"" + text + "\" is not an RFC 3339 time", e);
        }
    }
}
