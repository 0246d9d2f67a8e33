package io.provctl.autoscaler.model;

import java.util.Set;

/**
 * A required pod anti-affinity term on the hostname topology: no pod matching the selector, in the given
 * namespaces (the pod's own when empty), may share the node.
 */
public record AntiAffinityTerm(LabelSelector selector, Set<String> namespaces) {

    public AntiAffinityTerm {
        namespaces = Set.copyOf(namespaces);
    }

    public static AntiAffinityTerm sameNamespace(LabelSelector selector) {
        return new AntiAffinityTerm(selector, Set.of());
    }

    /** Does this term, written on a pod in {@code ownerNamespace}, exclude {@code other}? */
    public boolean excludes(String ownerNamespace, PodInfo other) {
        boolean inScope = namespaces.isEmpty() ? other.namespace().equals(ownerNamespace)
                : namespaces.contains(other.namespace());
        return inScope && selector.matches(other.labels());
    }
}
