package io.provctl.autoscaler.model;

import java.util.Arrays;

/** Operators of node selector requirements and label selector expressions. */
public enum Operator {
    IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist"), GT("Gt"), LT("Lt");

    private final String kubernetesName;

    Operator(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    public String kubernetesName() {
        return kubernetesName;
    }

    public static Operator parse(String name) {
        return Arrays.stream(values()).filter(o -> o.kubernetesName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown operator \"" + name
                        + "\" (In, NotIn, Exists, DoesNotExist, Gt, Lt)"));
    }
}
