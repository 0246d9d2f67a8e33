package io.provctl.metrics;

import java.util.Objects;

/** One workload: namespace, kind and name. */
public record WorkloadRef(String namespace, WorkloadKind kind, String name) {

    public WorkloadRef {
        Objects.requireNonNull(kind, "kind");
        if (namespace == null || namespace.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a workload needs a namespace and a name");
        }
    }

    /** Parses {@code namespace/kind/name}, e.g. {@code shop/Deployment/frontend}. */
    public static WorkloadRef parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected namespace/kind/name, got '" + text + "'");
        }
        return new WorkloadRef(parts[0], WorkloadKind.parse(parts[1]), parts[2]);
    }

    @Override
    public String toString() {
        return namespace + "/" + kind.kubernetesName() + "/" + name;
    }
}
