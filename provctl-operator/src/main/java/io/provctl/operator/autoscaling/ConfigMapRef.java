package io.provctl.operator.autoscaling;

import java.util.Objects;

/** A ConfigMap by namespace and name. */
public record ConfigMapRef(String namespace, String name) {

    /** The cluster-autoscaler's name for it, with our prefix. */
    public static final String DEFAULT_PRIORITY_EXPANDER = "provctl-autoscaler-priority-expander";

    public ConfigMapRef {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /** {@code NAME} (in {@code defaultNamespace}) or {@code NAMESPACE/NAME}. */
    public static ConfigMapRef parse(String value, String defaultNamespace) {
        int slash = value.indexOf('/');
        if (slash == 0 || slash == value.length() - 1 || value.indexOf('/', slash + 1) >= 0 || value.isBlank()) {
            throw new IllegalArgumentException("ConfigMap \"" + value + "\": expected NAME or NAMESPACE/NAME");
        }
        return slash < 0 ? new ConfigMapRef(defaultNamespace, value)
                : new ConfigMapRef(value.substring(0, slash), value.substring(slash + 1));
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }
}
