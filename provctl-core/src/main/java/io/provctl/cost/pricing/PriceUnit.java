package io.provctl.cost.pricing;

import java.util.Locale;

/** What one catalog price is for: an hour of use, a GB kept for a month, or a whole billing month. */
public enum PriceUnit {
    HOUR("hour"),
    GB_MONTH("gb-month"),
    MONTH("month");

    private final String label;

    PriceUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the {@code unit} column; an empty cell means per hour, as in the shared starting catalog. */
    public static PriceUnit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return HOUR;
        }
        for (PriceUnit u : values()) {
            if (u.label.equals(t)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown price unit '" + text + "': expected hour, gb-month or month");
    }
}
