package io.provctl.operator.api.v1alpha1.costoptimization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/** The workload to rightsize. An empty namespace means the CostOptimization's own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TargetWorkload {

    /** The workload's name. */
    @Required
    private String name;

    /** Deployment, StatefulSet or DaemonSet. */
    @Required
    private TargetKind kind;

    /** The workload's namespace; the CostOptimization's namespace when empty. */
    private String namespace;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }
}
