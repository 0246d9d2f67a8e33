package io.provctl.operator.rightsizing;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.rightsizing.placement.NodeSelectorRequirement;
import io.provctl.rightsizing.placement.PlacementChange;
import io.provctl.rightsizing.placement.PodPlacement;
import io.provctl.rightsizing.placement.PreferredSchedulingTerm;
import io.provctl.rightsizing.placement.Toleration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A {@link PlacementChange} in the rollback ConfigMap: {@code before} and {@code after}, each with
 * {@code tolerations} (key, operator, value, effect, tolerationSeconds) and
 * {@code preferredNodeAffinity} (weight, matchExpressions, matchFields), in Kubernetes' own field names
 * and every field kept, so the original pod template placement comes back exactly.
 */
final class PlacementJson {

    private PlacementJson() {
    }

    static Map<String, Object> write(PlacementChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", placement(c.before()));
        m.put("after", placement(c.after()));
        return m;
    }

    static PlacementChange read(JsonNode n) {
        return new PlacementChange(placement(n.path("before")), placement(n.path("after")));
    }

    private static Map<String, Object> placement(PodPlacement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tolerations", p.tolerations().stream().map(PlacementJson::toleration).toList());
        m.put("preferredNodeAffinity", p.preferredNodeAffinity().stream().map(PlacementJson::term).toList());
        return m;
    }

    private static PodPlacement placement(JsonNode n) {
        List<Toleration> tolerations = new ArrayList<>();
        n.path("tolerations").forEach(t -> tolerations.add(new Toleration(t.path("key").asText(),
                t.path("operator").asText(), t.path("value").asText(), t.path("effect").asText(),
                t.has("tolerationSeconds") ? OptionalLong.of(t.path("tolerationSeconds").asLong())
                        : OptionalLong.empty())));
        List<PreferredSchedulingTerm> terms = new ArrayList<>();
        n.path("preferredNodeAffinity").forEach(t -> terms.add(new PreferredSchedulingTerm(t.path("weight").asInt(),
                requirements(t.path("matchExpressions")), requirements(t.path("matchFields")))));
        return new PodPlacement(tolerations, terms);
    }

    private static Map<String, Object> toleration(Toleration t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", t.key());
        m.put("operator", t.operator());
        m.put("value", t.value());
        m.put("effect", t.effect());
        t.tolerationSeconds().ifPresent(s -> m.put("tolerationSeconds", s));
        return m;
    }

    private static Map<String, Object> term(PreferredSchedulingTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weight", t.weight());
        m.put("matchExpressions", t.matchExpressions().stream().map(PlacementJson::requirement).toList());
        m.put("matchFields", t.matchFields().stream().map(PlacementJson::requirement).toList());
        return m;
    }

    private static Map<String, Object> requirement(NodeSelectorRequirement r) {
        return Map.of("key", r.key(), "operator", r.operator(), "values", r.values());
    }

    private static List<NodeSelectorRequirement> requirements(JsonNode list) {
        List<NodeSelectorRequirement> out = new ArrayList<>();
        list.forEach(r -> {
            List<String> values = new ArrayList<>();
            r.path("values").forEach(v -> values.add(v.asText()));
            out.add(new NodeSelectorRequirement(r.path("key").asText(), r.path("operator").asText(), values));
        });
        return out;
    }
}
