package io.provctl.config;

import io.provctl.model.SourcePosition;

/** One configuration problem: where, and what was expected there. */
public record Diagnostic(SourcePosition position, String message) {

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
