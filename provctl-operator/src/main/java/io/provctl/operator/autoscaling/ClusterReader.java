package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;

/** Lists what one pass looks at, fresh from the API server, so a decision never rests on a lagging cache. */
final class ClusterReader {

    private final KubernetesClient client;

    ClusterReader(KubernetesClient client) {
        this.client = client;
    }

    ClusterObjects read() {
        return new ClusterObjects(client.pods().inAnyNamespace().list().getItems(),
                client.nodes().list().getItems(),
                client.policy().v1().podDisruptionBudget().inAnyNamespace().list().getItems(),
                client.resources(NodeGroup.class).inAnyNamespace().list().getItems(),
                client.resources(ManagedNode.class).inAnyNamespace().list().getItems());
    }
}
