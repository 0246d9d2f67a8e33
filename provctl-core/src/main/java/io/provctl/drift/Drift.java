package io.provctl.drift;

import io.provctl.model.ResourceId;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between what provctl recorded and what the provider reports. {@code attribute} is
 * empty when the whole resource is concerned (deleted or added); {@code expected} is the recorded value,
 * {@code actual} the provider's, each empty when there is none.
 */
public record Drift(ResourceId id, DriftType type, Severity severity, Optional<String> attribute,
                    Optional<Object> expected, Optional<Object> actual, boolean remediable, String explanation) {

    public Drift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
    }
}
