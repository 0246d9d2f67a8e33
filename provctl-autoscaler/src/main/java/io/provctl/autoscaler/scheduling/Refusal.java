package io.provctl.autoscaler.scheduling;

import java.util.Objects;

/** A predicate's no, with a sentence a person can act on. */
public record Refusal(RefusalReason reason, String message) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
