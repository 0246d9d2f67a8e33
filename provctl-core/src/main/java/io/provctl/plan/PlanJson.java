package io.provctl.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provctl.json.Json;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON form of a plan, for {@code plan -o json} and saved plan files ({@code -out}). The schema is
 * documented in {@code docs/plan-json.md}; money is a decimal string, attribute numbers are exact.
 */
public final class PlanJson {

    private PlanJson() {
    }

    public static String write(Plan plan) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format_version", Plan.FORMAT_VERSION);
        root.put("lineage", plan.lineage());
        root.put("serial", plan.serial());
        root.put("created_at", plan.createdAt().toString());
        plan.targets().forEach(t -> root.withArray("targets").add(t.address()));
        root.withArray("targets");
        plan.warnings().forEach(w -> root.withArray("warnings").add(w));
        root.withArray("warnings");
        ObjectNode summary = root.putObject("summary");
        summary.put("add", plan.toAdd());
        summary.put("change", plan.toChange());
        summary.put("destroy", plan.toDestroy());
        plan.monthlyCostDelta().ifPresent(d -> summary.put("monthly_cost_delta", d.toPlainString()));
        ArrayNode changes = root.putArray("resource_changes");
        plan.actions().forEach(a -> changes.add(action(a)));
        return Json.write(root);
    }

    /**
     * Reads a saved plan.
     *
     * @throws PlanException when the text is not a provctl plan of a known format
     */
    public static Plan read(String text, String source) {
        JsonNode root;
        try {
            root = Json.read(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PlanException(source + ": not a saved provctl plan (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new PlanException(source + ": cannot read the saved plan (" + e.getMessage() + ")");
        }
        String format = root.path("format_version").asText("");
        if (!format.equals(Plan.FORMAT_VERSION)) {
            throw new PlanException(source + ": not a saved provctl plan of format " + Plan.FORMAT_VERSION
                    + (format.isEmpty() ? "" : " (found format " + format + ")"));
        }
        try {
            List<PlannedAction> actions = new ArrayList<>();
            root.path("resource_changes").forEach(n -> actions.add(readAction(n)));
            List<ResourceId> targets = new ArrayList<>();
            root.path("targets").forEach(n -> targets.add(ResourceId.parse(n.asText())));
            List<String> warnings = new ArrayList<>();
            root.path("warnings").forEach(n -> warnings.add(n.asText()));
            return new Plan(root.path("lineage").asText(), root.path("serial").asLong(),
                    Instant.parse(root.path("created_at").asText()), targets, actions, warnings);
        } catch (RuntimeException e) {
            throw new PlanException(source + ": damaged saved plan (" + e.getMessage() + ")");
        }
    }

    private static ObjectNode action(PlannedAction a) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("address", a.id().address());
        n.put("kind", a.id().kind().label());
        n.put("action", a.type().jsonName());
        a.reasons().forEach(r -> n.withArray("reasons").add(r));
        n.withArray("reasons");
        ArrayNode changes = n.putArray("changes");
        for (AttributeChange c : a.changes()) {
            ObjectNode cn = changes.addObject();
            cn.put("attribute", c.name());
            cn.set("before", Json.MAPPER.valueToTree(c.before().orElse(null)));
            cn.set("after", Json.MAPPER.valueToTree(c.after().orElse(null)));
            cn.put("forces_replacement", c.forcesReplacement());
        }
        n.set("before", a.before().map(PlanJson::recorded).orElse(null));
        n.set("after", a.after().map(PlanJson::desired).orElse(null));
        a.monthlyCostDelta().ifPresent(d -> n.put("monthly_cost_delta", d.toPlainString()));
        return n;
    }

    private static ObjectNode recorded(RecordedResource r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("provider_id", r.providerId());
        n.put("provider", r.provider());
        n.put("region", r.region());
        n.set("attributes", Json.MAPPER.valueToTree(r.attributes()));
        n.put("created_at", r.createdAt().toString());
        n.put("updated_at", r.updatedAt().toString());
        return n;
    }

    private static ObjectNode desired(Resource r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("provider", r.provider());
        n.put("region", r.region());
        n.set("attributes", Json.MAPPER.valueToTree(r.attributes()));
        ArrayNode deps = n.putArray("depends_on");
        r.dependsOn().forEach(d -> deps.add(d.address()));
        return n;
    }

    private static PlannedAction readAction(JsonNode n) {
        ResourceId id = ResourceId.parse(n.path("address").asText());
        ActionType type = ActionType.valueOf(n.path("action").asText().toUpperCase(java.util.Locale.ROOT));
        List<String> reasons = new ArrayList<>();
        n.path("reasons").forEach(r -> reasons.add(r.asText()));
        List<AttributeChange> changes = new ArrayList<>();
        n.path("changes").forEach(c -> changes.add(new AttributeChange(c.path("attribute").asText(),
                optionalValue(c.path("before")), optionalValue(c.path("after")),
                c.path("forces_replacement").asBoolean())));
        Optional<RecordedResource> before = n.path("before").isObject()
                ? Optional.of(readRecorded(id, n.path("before"))) : Optional.empty();
        Optional<Resource> after = n.path("after").isObject()
                ? Optional.of(readDesired(id, n.path("after"))) : Optional.empty();
        Optional<BigDecimal> cost = n.has("monthly_cost_delta")
                ? Optional.of(new BigDecimal(n.path("monthly_cost_delta").asText())) : Optional.empty();
        return new PlannedAction(id, type, before, after, changes, reasons, cost);
    }

    private static Optional<Object> optionalValue(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(Json.canonical(n));
    }

    @SuppressWarnings("unchecked")
    private static SortedMap<String, Object> attributes(JsonNode n) {
        return new TreeMap<>((Map<String, Object>) Json.canonical(n.path("attributes")));
    }

    private static RecordedResource readRecorded(ResourceId id, JsonNode n) {
        return new RecordedResource(id, n.path("provider_id").asText(), n.path("provider").asText(),
                n.path("region").asText(), attributes(n), Instant.parse(n.path("created_at").asText()),
                Instant.parse(n.path("updated_at").asText()));
    }

    private static Resource readDesired(ResourceId id, JsonNode n) {
        TreeSet<ResourceId> deps = new TreeSet<>();
        n.path("depends_on").forEach(d -> deps.add(ResourceId.parse(d.asText())));
        return new Resource(id, n.path("provider").asText(), n.path("region").asText(), attributes(n), deps);
    }
}
