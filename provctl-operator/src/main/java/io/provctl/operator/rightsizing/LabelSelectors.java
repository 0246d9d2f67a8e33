package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a label selector matches a set of labels, as the API server decides: every matchLabels entry
 * and every matchExpressions requirement (In, NotIn, Exists, DoesNotExist) must hold. A PodDisruptionBudget
 * of policy/v1 with an empty selector matches every pod of its namespace; a missing one matches none.
 */
final class LabelSelectors {

    private LabelSelectors() {
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean labelsMatch = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of()).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return labelsMatch && Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of()).stream()
                .allMatch(r -> holds(r, labels));
    }

    private static boolean holds(LabelSelectorRequirement r, Map<String, String> labels) {
        List<String> values = Optional.ofNullable(r.getValues()).orElse(List.of());
        String value = labels.get(r.getKey());
        return switch (r.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }
}
