package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;

import java.util.List;

/** The Kubernetes objects one autoscaling pass reads, as the API server returned them. */
public record ClusterObjects(List<Pod> pods, List<Node> nodes, List<PodDisruptionBudget> pdbs,
                             List<NodeGroup> groups, List<ManagedNode> managedNodes) {

    public ClusterObjects {
        pods = List.copyOf(pods);
        nodes = List.copyOf(nodes);
        pdbs = List.copyOf(pdbs);
        groups = List.copyOf(groups);
        managedNodes = List.copyOf(managedNodes);
    }
}
