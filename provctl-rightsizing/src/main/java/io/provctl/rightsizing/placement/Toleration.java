package io.provctl.rightsizing.placement;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A pod's toleration, field by field as Kubernetes has it. An empty string stands for an absent field:
 * the API server omits empty strings, so the two cannot be told apart on a stored object, and a
 * rollback that writes back "" where nothing was restores the same object.
 *
 * @param operator {@code Equal} or {@code Exists} ("" means Equal)
 * @param effect   {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}, or "" for every effect
 */
public record Toleration(String key, String operator, String value, String effect, OptionalLong tolerationSeconds) {

    public Toleration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(tolerationSeconds, "tolerationSeconds");
    }

    /** Whether this toleration lets a pod onto a node carrying the taint {@code key=value:effect}. */
    public boolean tolerates(String taintKey, String taintValue, String taintEffect) {
        boolean effectMatches = effect.isEmpty() || effect.equals(taintEffect);
        if (!effectMatches) {
            return false;
        }
        if ("Exists".equals(operator)) {
            return key.isEmpty() || key.equals(taintKey);
        }
        return key.equals(taintKey) && value.equals(taintValue);
    }

    @Override
    public String toString() {
        String base = "Exists".equals(operator) ? (key.isEmpty() ? "every taint" : key + " (any value)")
                : key + "=" + value;
        return base + (effect.isEmpty() ? "" : ":" + effect)
                + tolerationSeconds.stream().mapToObj(s -> " for " + s + "s").findFirst().orElse("");
    }
}
