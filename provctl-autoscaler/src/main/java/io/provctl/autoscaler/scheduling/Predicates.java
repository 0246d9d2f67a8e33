package io.provctl.autoscaler.scheduling;

import io.provctl.autoscaler.model.AntiAffinityTerm;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.NodeSelectorTerm;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Quantities;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.Toleration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scheduling predicates: does a pod fit a node, and if not, why. Each is a pure function of the pod
 * and the node's simulated state; {@link #check} runs them cheapest first and returns the first refusal.
 */
public final class Predicates {

    private Predicates() {
    }

    public static Optional<Refusal> check(PodInfo pod, NodeState node) {
        Optional<Refusal> r = cordoned(node.node());
        if (r.isEmpty()) {
            r = labelsAndTaints(pod, node.node());
        }
        if (r.isEmpty()) {
            r = resources(pod, node.free(), node.node().allocatable());
        }
        if (r.isEmpty()) {
            r = antiAffinity(pod, node.pods());
        }
        return r;
    }

    /** The predicates that do not depend on what already runs on the node: true of every node of a template. */
    public static Optional<Refusal> labelsAndTaints(PodInfo pod, NodeInfo node) {
        Optional<Refusal> r = nodeSelector(pod, node.labels());
        if (r.isEmpty()) {
            r = nodeAffinity(pod, node.labels());
        }
        if (r.isEmpty()) {
            r = taints(pod, node.taints());
        }
        return r;
    }

    public static Optional<Refusal> cordoned(NodeInfo node) {
        return node.unschedulable() ? refuse(RefusalReason.CORDONED, "node " + node.name() + " is cordoned")
                : Optional.empty();
    }

    /** CPU, memory, ephemeral storage and the pod count, against what is still free. */
    public static Optional<Refusal> resources(PodInfo pod, Resources free, Resources allocatable) {
        Resources need = pod.requests();
        if (need.pods() > free.pods()) {
            return refuse(RefusalReason.TOO_MANY_PODS, "too many pods: " + allocatable.pods() + " allowed");
        }
        if (need.cpuMillis() > free.cpuMillis()) {
            return insufficient("cpu", Quantities.formatMillis(need.cpuMillis()), Quantities.formatMillis(free.cpuMillis()),
                    Quantities.formatMillis(allocatable.cpuMillis()));
        }
        if (need.memoryBytes() > free.memoryBytes()) {
            return insufficient("memory", Quantities.formatBytes(need.memoryBytes()),
                    Quantities.formatBytes(free.memoryBytes()), Quantities.formatBytes(allocatable.memoryBytes()));
        }
        if (need.ephemeralBytes() > free.ephemeralBytes()) {
            return insufficient("ephemeral-storage", Quantities.formatBytes(need.ephemeralBytes()),
                    Quantities.formatBytes(free.ephemeralBytes()), Quantities.formatBytes(allocatable.ephemeralBytes()));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> nodeSelector(PodInfo pod, Map<String, String> labels) {
        for (Map.Entry<String, String> e : pod.nodeSelector().entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return refuse(RefusalReason.NODE_SELECTOR, "node selector " + e.getKey() + "=" + e.getValue()
                        + " does not match");
            }
        }
        return Optional.empty();
    }

    /** Required node affinity: at least one term must match; no terms means no constraint. */
    public static Optional<Refusal> nodeAffinity(PodInfo pod, Map<String, String> labels) {
        List<NodeSelectorTerm> terms = pod.requiredAffinity();
        if (terms.isEmpty() || terms.stream().anyMatch(t -> t.matches(labels))) {
            return Optional.empty();
        }
        return refuse(RefusalReason.NODE_AFFINITY, "required node affinity does not match: "
                + terms.stream().map(t -> t.requirements().stream().map(Object::toString)
                        .collect(Collectors.joining(" and "))).collect(Collectors.joining(" or ")));
    }

    /** NoSchedule and NoExecute taints must be tolerated; PreferNoSchedule is only a preference. */
    public static Optional<Refusal> taints(PodInfo pod, List<Taint> taints) {
        for (Taint t : taints) {
            if (t.effect() != TaintEffect.PREFER_NO_SCHEDULE && !tolerated(pod.tolerations(), t)) {
                return refuse(RefusalReason.TAINT, "untolerated taint " + t);
            }
        }
        return Optional.empty();
    }

    /** Required anti-affinity on the hostname, both ways: the pod's own terms and those of pods already there. */
    public static Optional<Refusal> antiAffinity(PodInfo pod, List<PodInfo> podsOnNode) {
        for (PodInfo other : podsOnNode) {
            if (excludes(pod, other) || excludes(other, pod)) {
                return refuse(RefusalReason.POD_ANTI_AFFINITY, "pod anti-affinity with " + other.key() + " on the node");
            }
        }
        return Optional.empty();
    }

    private static boolean excludes(PodInfo owner, PodInfo other) {
        for (AntiAffinityTerm term : owner.antiAffinity()) {
            if (term.excludes(owner.namespace(), other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tolerated(List<Toleration> tolerations, Taint taint) {
        for (Toleration t : tolerations) {
            if (t.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Refusal> insufficient(String resource, String need, String free, String allocatable) {
        return refuse(RefusalReason.INSUFFICIENT_RESOURCES, "insufficient " + resource + ": needs " + need + ", "
                + free + " free of " + allocatable);
    }

    private static Optional<Refusal> refuse(RefusalReason reason, String message) {
        return Optional.of(new Refusal(reason, message));
    }
}
