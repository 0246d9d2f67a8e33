package io.provctl.rightsizing.policy;

import io.provctl.metrics.WorkloadRef;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workloads provctl never changes: the cluster's own namespaces, the add-ons the cluster cannot run
 * without, and anything labelled as a controller (changing a controller's resources under it can stall
 * every workload it manages).
 */
public final class ProtectedTargets {

    public static final Set<String> NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");
    public static final Set<String> WORKLOADS = Set.of("kube-dns", "coredns", "kube-proxy", "metrics-server");
    public static final String COMPONENT_LABEL = "app.kubernetes.io/component";
    public static final String CONTROLLER = "controller";

    private ProtectedTargets() {
    }

    /** Why the workload is protected, if it is. */
    public static Optional<GateFailure> check(WorkloadRef ref, Map<String, String> labels) {
        if (NAMESPACES.contains(ref.namespace())) {
            return Optional.of(new GateFailure(Gate.PROTECTED_NAMESPACE,
                    "namespace " + ref.namespace() + " is protected"));
        }
        if (WORKLOADS.contains(ref.name())) {
            return Optional.of(new GateFailure(Gate.PROTECTED_WORKLOAD, ref.name() + " is a protected workload"));
        }
        if (CONTROLLER.equals(labels.get(COMPONENT_LABEL))) {
            return Optional.of(new GateFailure(Gate.CONTROLLER_COMPONENT,
                    ref + " is labelled " + COMPONENT_LABEL + "=" + CONTROLLER));
        }
        return Optional.empty();
    }
}
