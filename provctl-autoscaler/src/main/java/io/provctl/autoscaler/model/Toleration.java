package io.provctl.autoscaler.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pod toleration. An empty key with {@code exists} tolerates every taint; an empty effect matches every
 * effect, as in Kubernetes.
 */
public record Toleration(String key, boolean exists, String value, Optional<TaintEffect> effect) {

    public Toleration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
    }

    public static Toleration equal(String key, String value, TaintEffect effect) {
        return new Toleration(key, false, value, Optional.of(effect));
    }

    public static Toleration exists(String key) {
        return new Toleration(key, true, "", Optional.empty());
    }

    public boolean tolerates(Taint taint) {
        if (effect.isPresent() && effect.get() != taint.effect()) {
            return false;
        }
        if (key.isEmpty()) {
            return exists;
        }
        return key.equals(taint.key()) && (exists || value.equals(taint.value()));
    }
}
