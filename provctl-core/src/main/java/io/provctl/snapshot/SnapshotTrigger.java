package io.provctl.snapshot;

import java.util.Arrays;
import java.util.Locale;

/** Why a snapshot was taken. All but {@code MANUAL} and {@code PRE_RESTORE} can be switched off in the policy. */
public enum SnapshotTrigger {
    MANUAL,
    /** Before apply changes anything. */
    PRE_APPLY,
    /** Before destroy. */
    PRE_DELETE,
    /** Before an apply that changes a control plane's Kubernetes version (taken instead of pre_apply). */
    PRE_UPGRADE,
    /** Before drift remediation changes anything. */
    DRIFT_REMEDIATE,
    /** Taken by a scheduler (cron) with {@code snapshot create --trigger scheduled}. */
    SCHEDULED,
    /** The backup of the present that restore always takes first. */
    PRE_RESTORE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a trigger as written in the policy or on the command line. */
    public static SnapshotTrigger parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown snapshot trigger '" + text.trim()
                        + "': expected one of " + String.join(", ", Arrays.stream(values()).map(SnapshotTrigger::jsonName).toList())));
    }
}
