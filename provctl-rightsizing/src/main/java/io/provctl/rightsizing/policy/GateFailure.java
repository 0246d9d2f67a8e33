package io.provctl.rightsizing.policy;

import java.util.Objects;

/** One gate that refused, with a sentence for the status message and events. */
public record GateFailure(Gate gate, String message) {

    public GateFailure {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(message, "message");
    }
}
