package io.provctl.autoscaler.model;

import java.util.Objects;

/** A node taint. Value is empty when the taint has none. */
public record Taint(String key, String value, TaintEffect effect) {

    public Taint {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
    }

    @Override
    public String toString() {
        return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.kubernetesName();
    }
}
