package io.provctl.rightsizing.placement;

import java.util.List;
import java.util.Objects;

/** One requirement of a node selector term: {@code key operator values}, e.g. {@code capacity-type In [spot]}. */
public record NodeSelectorRequirement(String key, String operator, List<String> values) {

    public NodeSelectorRequirement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
    }

    /** True when a node whose label {@code key} is {@code value} meets this requirement. */
    public boolean selects(String labelKey, String labelValue) {
        if (!key.equals(labelKey)) {
            return false;
        }
        return switch (operator) {
            case "In" -> values.contains(labelValue);
            case "Exists" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return key + " " + operator + (values.isEmpty() ? "" : " " + values);
    }
}
