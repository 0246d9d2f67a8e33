package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cordons a node and evicts its pods through the Eviction API, a few at a time across reconciles,
 * honouring PodDisruptionBudgets (checked by {@link DisruptionBudgets} before each eviction) and each
 * pod's termination grace period. DaemonSet and mirror pods stay, as {@code kubectl drain} leaves them.
 */
public final class Drainer {

    private static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

    private final KubernetesClient client;

    public Drainer(KubernetesClient client) {
        this.client = client;
    }

    /** Where a drain stands after one pass. */
    public sealed interface Progress {
        record Done() implements Progress {
        }

        record Waiting(int remaining, List<String> blockedBy) implements Progress {
        }
    }

    public void cordon(Node node, boolean unschedulable) {
        client.nodes().withName(node.getMetadata().getName()).patch(PatchContext.of(PatchType.JSON_MERGE),
                "{\"spec\":{\"unschedulable\":" + unschedulable + "}}");
    }

    public Progress pass(Node node) {
        cordon(node, true);
        String name = node.getMetadata().getName();
        List<Pod> onNode = client.pods().inAnyNamespace().withField("spec.nodeName", name).list().getItems().stream()
                .filter(p -> p.getSpec() != null && name.equals(p.getSpec().getNodeName()))
                .filter(p -> !daemonOrMirror(p)).toList();
        if (onNode.isEmpty()) {
            return new Progress.Done();
        }
        List<Pod> candidates = onNode.stream().filter(p -> p.getMetadata().getDeletionTimestamp() == null).toList();
        List<Pod> all = client.pods().inAnyNamespace().list().getItems();
        List<PodDisruptionBudget> budgets = client.policy().v1().podDisruptionBudget().inAnyNamespace().list()
                .getItems();
        DisruptionBudgets.Verdict verdict = DisruptionBudgets.check(candidates, all, budgets);
        verdict.evict().forEach(this::evict);
        return new Progress.Waiting(onNode.size() - verdict.evict().size(),
                verdict.blocked().values().stream().distinct().sorted().toList());
    }

    /** One eviction; false (429 from the server's own budget check) leaves the pod for the next pass. */
    private void evict(Pod pod) {
        client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName()).evict();
    }

    private static boolean daemonOrMirror(Pod pod) {
        Map<String, String> annotations = Optional.ofNullable(pod.getMetadata().getAnnotations()).orElse(Map.of());
        List<OwnerReference> owners = Optional.ofNullable(pod.getMetadata().getOwnerReferences()).orElse(List.of());
        return annotations.containsKey(MIRROR_ANNOTATION) || owners.stream().anyMatch(o -> "DaemonSet".equals(o.getKind()));
    }
}
