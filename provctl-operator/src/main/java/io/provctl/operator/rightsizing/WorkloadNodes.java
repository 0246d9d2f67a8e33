package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.rightsizing.pricing.NodeFacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the nodes a workload's pods run on: one entry per running or pending pod selected by the
 * workload, empty when the pod is not scheduled or its Node is gone. Finished pods are left out: they
 * no longer hold their requests on any node.
 */
final class WorkloadNodes {

    private static final Set<String> FINISHED = Set.of("Succeeded", "Failed");

    private WorkloadNodes() {
    }

    static List<Optional<NodeFacts>> of(KubernetesClient client, WorkloadSnapshot workload) {
        String namespace = workload.resource().getMetadata().getNamespace();
        List<Pod> pods = client.pods().inNamespace(namespace).withLabels(workload.selector()).list().getItems()
                .stream().filter(p -> !finished(p)).toList();
        Map<String, Optional<NodeFacts>> nodes = new HashMap<>();
        return pods.stream().map(p -> Optional.ofNullable(p.getSpec().getNodeName()).filter(n -> !n.isBlank())
                .flatMap(n -> nodes.computeIfAbsent(n, name -> read(client, name)))).toList();
    }

    private static boolean finished(Pod pod) {
        return Optional.ofNullable(pod.getStatus()).map(s -> s.getPhase()).filter(FINISHED::contains).isPresent();
    }

    private static Optional<NodeFacts> read(KubernetesClient client, String name) {
        Optional<Node> node = Optional.ofNullable(client.nodes().withName(name).get());
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<ManagedNode> managed = label(node.get(), ApiGroup.MANAGEDNODE_LABEL).flatMap(m -> client
                .resources(ManagedNode.class).inAnyNamespace().list().getItems().stream()
                .filter(x -> x.getMetadata().getName().equals(m)).findFirst());
        Optional<NodeGroup> group = managed.flatMap(m -> Optional.ofNullable(client.resources(NodeGroup.class)
                .inNamespace(m.getMetadata().getNamespace()).withName(m.getSpec().getNodeGroupName()).get()));
        return Optional.of(NodeFactsMapper.facts(node.get(), managed, group));
    }

    private static Optional<String> label(Node node, String key) {
        return Optional.ofNullable(node.getMetadata().getLabels()).map(l -> l.get(key));
    }
}
