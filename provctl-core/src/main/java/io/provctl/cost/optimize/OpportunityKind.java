package io.provctl.cost.optimize;

import java.util.Locale;

/** The kinds of saving the optimizer looks for. */
public enum OpportunityKind {
    DOWNSIZE, RIGHTSIZE, UPSIZE, FAMILY_CHANGE, CONSOLIDATION, SPOT;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
