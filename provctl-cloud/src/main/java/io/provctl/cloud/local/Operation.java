package io.provctl.cloud.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The calls the local cloud answers; faults can be aimed at some of them. */
public enum Operation {
    CREATE(true),
    UPDATE(true),
    DELETE(true),
    FIND(false),
    LIST(false);

    private final boolean mutating;

    Operation(boolean mutating) {
        this.mutating = mutating;
    }

    /** True for calls that change what the cloud holds; only these count towards a simulated crash. */
    public boolean mutating() {
        return mutating;
    }

    /** The lower-case name used in {@code PROVCTL_LOCAL_FAIL_OPS}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses one label, case-insensitively. */
    public static Operation parse(String label) {
        String wanted = label.trim();
        return Arrays.stream(values())
                .filter(op -> op.label().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown operation '" + wanted
                        + "': expected one of " + Arrays.stream(values()).map(Operation::label)
                        .collect(Collectors.joining(", "))));
    }
}
