package io.provctl.autoscaler.dump;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small readers over the JSON tree of a Kubernetes object; a missing field is empty, never null. */
final class Fields {

    private Fields() {
    }

    static Optional<String> text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n.isValueNode() && !n.isNull() ? Optional.of(n.asText()) : Optional.empty();
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    static List<String> strings(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }

    static int integer(JsonNode node, String field, int orElse) {
        JsonNode n = node.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return orElse;
        }
        if (!n.canConvertToInt() && !n.isTextual()) {
            throw new IllegalArgumentException(field + " must be a whole number, got " + n);
        }
        try {
            return n.isTextual() ? Integer.parseInt(n.asText().trim()) : n.asInt();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, got \"" + n.asText() + "\"", e);
        }
    }

    static boolean bool(JsonNode node, String field, boolean orElse) {
        JsonNode n = node.path(field);
        return n.isMissingNode() || n.isNull() ? orElse : n.asBoolean(orElse);
    }
}
