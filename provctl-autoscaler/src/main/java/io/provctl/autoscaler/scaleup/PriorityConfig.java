package io.provctl.autoscaler.scaleup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the priority expander's configuration, the format of the cluster-autoscaler's
 * {@code cluster-autoscaler-priority-expander} ConfigMap: a YAML mapping from an integer priority to a list
 * of regexes (a single regex may stand alone).
 * <pre>
 * 50:
 *   - spot-.*
 * 10:
 *   - .*
 * </pre>
 * Every problem is reported with the priority (the key) it is under, so a person can find the line.
 */
public final class PriorityConfig {

    private static final ObjectMapper YAML = new YAMLMapper();

    private PriorityConfig() {
    }

    /** The expander; throws {@link IllegalArgumentException} saying what is wrong and where. */
    public static Expander.Priority parse(String yaml) {
        return Expander.Priority.of(regexes(yaml));
    }

    /** The regexes by priority, each checked to compile. */
    public static Map<Integer, List<String>> regexes(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not YAML: " + e.getOriginalMessage()
                    + location(e), e);
        }
        if (root == null || root.isMissingNode() || root.isNull() || (root.isObject() && root.isEmpty())) {
            throw new IllegalArgumentException("no priorities: expected a mapping such as \"10: [\\\".*\\\"]\"");
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a mapping of integer priority to a list of regexes, got "
                    + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(priority(e.getKey()), patterns(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static int priority(String key) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("priority \"" + key + "\" is not an integer", e);
        }
    }

    private static List<String> patterns(String key, JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isValueNode() || item.isNull()) {
                throw new IllegalArgumentException("priority " + key + ": expected a list of regexes");
            }
            String regex = item.asText();
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("priority " + key + ": regex \"" + regex + "\" is invalid: "
                        + e.getDescription(), e);
            }
            out.add(regex);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("priority " + key + ": no regexes");
        }
        return out;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
