package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which pods may be evicted now without breaking a PodDisruptionBudget. Pure. The API server's
 * Eviction API makes this check itself; doing it here as well keeps a drain honest on servers that do
 * not (the fabric8 mock server among them) and lets the drain report which budget blocks it. Budgets
 * are computed from the pods themselves, not from the PDB's status, which a disruption controller
 * may not have filled in yet.
 */
public final class DisruptionBudgets {

    private DisruptionBudgets() {
    }

    /** The outcome for a node's pods: which to evict now and which a budget holds back (and why). */
    public record Verdict(List<Pod> evict, Map<Pod, String> blocked) {
    }

    public static Verdict check(List<Pod> candidates, List<Pod> allPods, List<PodDisruptionBudget> budgets) {
        Map<PodDisruptionBudget, Integer> allowance = new HashMap<>();
        List<Pod> evict = new ArrayList<>();
        Map<Pod, String> blocked = new HashMap<>();
        for (Pod pod : candidates) {
            List<PodDisruptionBudget> covering = budgets.stream().filter(b -> covers(b, pod)).toList();
            covering.forEach(b -> allowance.computeIfAbsent(b, x -> allowed(x, allPods)));
            Optional<PodDisruptionBudget> refusing = covering.stream().filter(b -> allowance.get(b) <= 0).findFirst();
            if (refusing.isPresent()) {
                blocked.put(pod, "PodDisruptionBudget " + refusing.get().getMetadata().getName()
                        + " allows no more disruptions");
            } else {
                covering.forEach(b -> allowance.merge(b, -1, Integer::sum));
                evict.add(pod);
            }
        }
        return new Verdict(evict, blocked);
    }

    /** Disruptions the budget allows now. */
    static int allowed(PodDisruptionBudget budget, List<Pod> allPods) {
        List<Pod> matching = allPods.stream().filter(p -> covers(budget, p)).toList();
        int expected = matching.size();
        int healthy = (int) matching.stream().filter(DisruptionBudgets::healthy).count();
        var spec = budget.getSpec();
        if (spec.getMinAvailable() != null) {
            return healthy - scaled(spec.getMinAvailable(), expected);
        }
        if (spec.getMaxUnavailable() != null) {
            return scaled(spec.getMaxUnavailable(), expected) - (expected - healthy);
        }
        return expected;
    }

    /** An absolute number, or a percentage of {@code total} rounded up, as Kubernetes does. */
    static int scaled(IntOrString value, int total) {
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        String s = value.getStrVal().trim();
        int percent = Integer.parseInt(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
        return (int) Math.ceil(total * percent / 100.0);
    }

    static boolean healthy(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() == null && pod.getStatus() != null
                && "Running".equals(pod.getStatus().getPhase()) && pod.getStatus().getConditions() != null
                && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    static boolean covers(PodDisruptionBudget budget, Pod pod) {
        return Objects.equals(budget.getMetadata().getNamespace(), pod.getMetadata().getNamespace())
                && matches(budget.getSpec().getSelector(), Optional.ofNullable(pod.getMetadata().getLabels())
                .orElse(Map.of()));
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean byLabels = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of()).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return byLabels && Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of()).stream()
                .allMatch(r -> matches(r, labels));
    }

    private static boolean matches(LabelSelectorRequirement r, Map<String, String> labels) {
        List<String> values = Optional.ofNullable(r.getValues()).orElse(List.of());
        return switch (r.getOperator()) {
            case "In" -> labels.containsKey(r.getKey()) && values.contains(labels.get(r.getKey()));
            case "NotIn" -> !labels.containsKey(r.getKey()) || !values.contains(labels.get(r.getKey()));
            case "Exists" -> labels.containsKey(r.getKey());
            case "DoesNotExist" -> !labels.containsKey(r.getKey());
            default -> false;
        };
    }
}
