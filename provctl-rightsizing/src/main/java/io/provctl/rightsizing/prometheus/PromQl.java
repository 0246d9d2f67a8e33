package io.provctl.rightsizing.prometheus;

import io.provctl.metrics.WorkloadRef;

/**
 * The PromQL provctl sends. Pods are matched by the names their controller gives them, since cAdvisor
 * series carry the pod name but not the owner: a Deployment's pods are {@code name-<hash>-<suffix>},
 * a StatefulSet's {@code name-<ordinal>}, a DaemonSet's {@code name-<suffix>}. The empty and
 * {@code POD} containers are the pod's cgroup and its pause container, not workload containers.
 */
final class PromQl {

    /** Window of the CPU rate: at least four scrapes at the common 15 s interval (as kube-prometheus uses). */
    static final String RATE_WINDOW = "5m";

    private PromQl() {
    }

    static String cpu(WorkloadRef w) {
        return "sum by (pod, container) (rate(container_cpu_usage_seconds_total" + selector(w) + "[" + RATE_WINDOW
                + "]))";
    }

    static String memory(WorkloadRef w) {
        return "max by (pod, container) (container_memory_working_set_bytes" + selector(w) + ")";
    }

    /** The cumulative OOM counter itself; increments are counted client-side so no kill is counted twice. */
    static String oomEvents(WorkloadRef w) {
        return "max by (pod, container) (container_oom_events_total" + selector(w) + ")";
    }

    static String selector(WorkloadRef w) {
        return "{namespace=\"" + quote(w.namespace()) + "\",pod=~\"" + quote(podPattern(w))
                + "\",container!=\"\",container!=\"POD\"}";
    }

    static String podPattern(WorkloadRef w) {
        String name = w.name().replace(".", "\\.");
        return switch (w.kind()) {
            case DEPLOYMENT -> name + "-[a-z0-9]+-[a-z0-9]+";
            case STATEFUL_SET -> name + "-[0-9]+";
            case DAEMON_SET -> name + "-[a-z0-9]+";
        };
    }

    /** Escapes a PromQL double-quoted string. */
    static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
