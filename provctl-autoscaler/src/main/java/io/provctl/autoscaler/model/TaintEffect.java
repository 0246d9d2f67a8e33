package io.provctl.autoscaler.model;

import java.util.Arrays;

/** Taint effects as Kubernetes spells them. */
public enum TaintEffect {
    NO_SCHEDULE("NoSchedule"), PREFER_NO_SCHEDULE("PreferNoSchedule"), NO_EXECUTE("NoExecute");

    private final String kubernetesName;

    TaintEffect(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    public String kubernetesName() {
        return kubernetesName;
    }

    public static TaintEffect parse(String name) {
        return Arrays.stream(values()).filter(e -> e.kubernetesName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown taint effect \"" + name
                        + "\" (NoSchedule, PreferNoSchedule or NoExecute)"));
    }
}
