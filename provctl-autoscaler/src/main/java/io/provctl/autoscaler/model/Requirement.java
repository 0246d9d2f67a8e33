package io.provctl.autoscaler.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One expression on labels: {@code key In (a, b)}, {@code key Exists}, {@code key Gt 4}… */
public record Requirement(String key, Operator operator, List<String> values) {

    public Requirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if ((operator == Operator.GT || operator == Operator.LT) && values.size() != 1) {
            throw new IllegalArgumentException(key + " " + operator.kubernetesName() + " needs exactly one value");
        }
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.get(key);
        return switch (operator) {
            case IN -> actual != null && values.contains(actual);
            case NOT_IN -> actual == null || !values.contains(actual);
            case EXISTS -> actual != null;
            case DOES_NOT_EXIST -> actual == null;
            case GT -> actual != null && compare(actual) > 0;
            case LT -> actual != null && compare(actual) < 0;
        };
    }

    /** Gt and Lt compare integers; a label that is not one never matches, as in Kubernetes. */
    private int compare(String actual) {
        try {
            return Long.compare(Long.parseLong(actual), Long.parseLong(values.get(0)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return switch (operator) {
            case EXISTS, DOES_NOT_EXIST -> key + " " + operator.kubernetesName();
            default -> key + " " + operator.kubernetesName() + " " + String.join(",", values);
        };
    }
}
