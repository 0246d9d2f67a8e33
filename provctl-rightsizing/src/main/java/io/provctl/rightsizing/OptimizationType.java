package io.provctl.rightsizing;

import java.util.Locale;

/** What a CostOptimization may change. */
public enum OptimizationType {
    CPU, MEMORY, REPLICAS, ALL, SPOT_INSTANCES, SCHEDULED_SCALING;

    public static OptimizationType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown optimization type '" + text
                    + "': expected CPU, MEMORY, REPLICAS, ALL, SPOT_INSTANCES or SCHEDULED_SCALING", e);
        }
    }

    boolean changesCpu() {
        return this == CPU || this == ALL;
    }

    boolean changesMemory() {
        return this == MEMORY || this == ALL;
    }

    boolean changesReplicas() {
        return this == REPLICAS || this == ALL;
    }
}
