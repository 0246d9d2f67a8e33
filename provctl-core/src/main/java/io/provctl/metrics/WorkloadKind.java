package io.provctl.metrics;

import java.util.Locale;

/** The workload controllers whose pods provctl can rightsize. */
public enum WorkloadKind {
    DEPLOYMENT("Deployment"),
    STATEFUL_SET("StatefulSet"),
    DAEMON_SET("DaemonSet");

    private final String kubernetesName;

    WorkloadKind(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    /** The kind as Kubernetes spells it ({@code Deployment}, {@code StatefulSet}, {@code DaemonSet}). */
    public String kubernetesName() {
        return kubernetesName;
    }

    /** Parses a kind case-insensitively, as users type it on the command line or in a resource. */
    public static WorkloadKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (WorkloadKind k : values()) {
            if (k.kubernetesName.toLowerCase(Locale.ROOT).equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown workload kind '" + text + "': expected Deployment, StatefulSet or DaemonSet");
    }
}
