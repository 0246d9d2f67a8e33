package io.provctl.drift;

import java.util.Locale;

/** How urgent a drift is, most urgent first; the rules are in {@link DriftRules} and docs/drift.md. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
