package io.provctl.rightsizing;

import java.util.Locale;

/**
 * How likely a change is to hurt the workload, in increasing order. Levels compare by their order
 * (never by name): the original operator compared the strings and its risk gate never matched.
 */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** True when this level is no riskier than {@code limit}: the maxRiskLevel test. */
    public boolean isAtMost(RiskLevel limit) {
        return compareTo(limit) <= 0;
    }

    /** One level up, CRITICAL staying CRITICAL. */
    public RiskLevel raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    /** The riskier of the two. */
    public RiskLevel atLeast(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public static RiskLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown risk level '" + text
                    + "': expected LOW, MEDIUM, HIGH or CRITICAL", e);
        }
    }
}
