package io.provctl.autoscaler.model;

import java.util.Objects;

/** A PodDisruptionBudget: which pods it guards and how many of them may be disrupted now. */
public record PdbInfo(String namespace, String name, LabelSelector selector, int disruptionsAllowed) {

    public PdbInfo {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(selector, "selector");
    }

    public boolean covers(PodInfo pod) {
        return pod.namespace().equals(namespace) && selector.matches(pod.labels());
    }

    public String key() {
        return namespace + "/" + name;
    }
}
