package io.provctl.autoscaler.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.provctl.autoscaler.dump.NodeGroups;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;
import io.provctl.cost.pricing.PriceSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a policy file: multi-document YAML with NodeGroup objects (autoscaling.provctl.io/v1alpha1, the
 * operator's schema, read by the same code as cluster dumps) and at most one {@code SimulationPolicy}
 * whose spec sets what the simulator adds around them:
 * <pre>
 * kind: SimulationPolicy
 * metadata: {name: least-cost}
 * spec:
 *   expander: least-cost            # least-waste, most-pods, random, priority (with priorities)
 *   priorities: {"10": "spot-.*"}
 *   batching: {idleSeconds: 10, maxSeconds: 30}
 *   scanIntervalSeconds: 10
 *   provisioningDelaySeconds: {default: 60, m5.xlarge: 90}
 *   removalDelaySeconds: 30
 *   scaleDownDelayAfterScaleUpSeconds: 600
 *   maxEmptyNodesPerPass: 10
 *   maxNonEmptyNodesPerPass: 1
 *   maxClusterNodes: 1000
 *   maxCostPerHour: "12.50"
 * </pre>
 * Every field is optional and defaults to what the operator does.
 */
public final class PolicyReader {

    private static final ObjectMapper YAML = new YAMLMapper();

    private final PriceSource prices;

    public PolicyReader(PriceSource prices) {
        this.prices = prices;
    }

    public SimPolicy read(String source, String yaml, String defaultName) {
        List<NodeGroupInfo> groups = new ArrayList<>();
        Optional<JsonNode> sim = Optional.empty();
        for (JsonNode doc : documents(source, yaml)) {
            String kind = doc.path("kind").asText("");
            try {
                if (kind.equals("NodeGroup")) {
                    groups.add(NodeGroups.read(doc, prices));
                } else if (kind.equals("SimulationPolicy")) {
                    if (sim.isPresent()) {
                        throw new SimInputException("more than one SimulationPolicy");
                    }
                    sim = Optional.of(doc);
                }
            } catch (IllegalArgumentException e) {
                throw new SimInputException(source + ": " + e.getMessage(), e);
            }
        }
        if (groups.isEmpty()) {
            throw new SimInputException(source + ": no NodeGroup object (kind: NodeGroup)");
        }
        JsonNode doc = sim.orElse(YAML.createObjectNode());
        String name = Optional.ofNullable(doc.path("metadata").path("name").textValue()).orElse(defaultName);
        try {
            return settings(name, groups, doc.path("spec"));
        } catch (IllegalArgumentException e) {
            throw new SimInputException(source + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> documents(String source, String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && doc.isObject()) {
                    docs.add(doc);
                }
            }
        } catch (JsonProcessingException e) {
            throw new SimInputException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SimInputException(source + ": " + e.getMessage(), e);
        }
        return docs;
    }

    private static SimPolicy settings(String name, List<NodeGroupInfo> groups, JsonNode spec) {
        ScaleUpSettings up = new ScaleUpSettings(expander(spec),
                integer(spec, "maxClusterNodes", ScaleUpSettings.DEFAULTS.maxClusterNodes()),
                Optional.ofNullable(spec.get("maxCostPerHour")).map(n -> new BigDecimal(n.asText().trim())));
        ScaleDownSettings down = new ScaleDownSettings(
                seconds(spec, "scaleDownDelayAfterScaleUpSeconds", ScaleDownSettings.DEFAULTS.delayAfterScaleUp()),
                integer(spec, "maxEmptyNodesPerPass", ScaleDownSettings.DEFAULTS.maxEmptyPerPass()),
                integer(spec, "maxNonEmptyNodesPerPass", ScaleDownSettings.DEFAULTS.maxNonEmptyPerPass()));
        JsonNode batching = spec.path("batching");
        PodBatcher batcher = new PodBatcher(seconds(batching, "idleSeconds", PodBatcher.DEFAULT.idle()),
                seconds(batching, "maxSeconds", PodBatcher.DEFAULT.max()));
        JsonNode delays = spec.path("provisioningDelaySeconds");
        Duration defaultDelay = delays.isNumber() ? Duration.ofMillis(Math.round(delays.asDouble() * 1000))
                : seconds(delays, "default", SimPolicy.DEFAULT_PROVISIONING_DELAY);
        Map<String, Duration> perOffering = new LinkedHashMap<>();
        delays.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("default")) {
                perOffering.put(e.getKey(), seconds(delays, e.getKey(), defaultDelay));
            }
        });
        return new SimPolicy(name, groups, up, down, batcher,
                seconds(spec, "scanIntervalSeconds", SimPolicy.DEFAULT_SCAN_INTERVAL), defaultDelay, perOffering,
                seconds(spec, "removalDelaySeconds", SimPolicy.DEFAULT_REMOVAL_DELAY));
    }

    private static Expander expander(JsonNode spec) {
        String name = spec.path("expander").asText("least-cost");
        if (!name.equals("priority")) {
            return Expander.named(name);
        }
        Map<Integer, List<String>> byPriority = new LinkedHashMap<>();
        spec.path("priorities").fields().forEachRemaining(e -> {
            List<String> regexes = byPriority.computeIfAbsent(Integer.parseInt(e.getKey().trim()), k -> new ArrayList<>());
            if (e.getValue().isArray()) {
                e.getValue().forEach(r -> regexes.add(r.asText()));
            } else {
                regexes.add(e.getValue().asText());
            }
        });
        if (byPriority.isEmpty()) {
            throw new IllegalArgumentException("expander priority needs priorities: {N: REGEX}");
        }
        return Expander.Priority.of(byPriority);
    }

    private static Duration seconds(JsonNode node, String field, Duration orElse) {
        JsonNode n = node.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return orElse;
        }
        if (!n.isNumber() || n.asDouble() < 0) {
            throw new IllegalArgumentException(field + " must be a number of seconds, 0 or more, got " + n);
        }
        return Duration.ofMillis(Math.round(n.asDouble() * 1000));
    }

    private static int integer(JsonNode node, String field, int orElse) {
        JsonNode n = node.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return orElse;
        }
        if (!n.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be a whole number, got " + n);
        }
        return n.asInt();
    }
}
