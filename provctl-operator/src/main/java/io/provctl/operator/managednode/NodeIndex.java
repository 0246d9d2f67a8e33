package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.javaoperatorsdk.operator.processing.event.ResourceID;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which ManagedNode waits for which Node, by provider ID, name and IP, so that a Node event wakes the
 * right ManagedNode before the Node carries our labels. Filled by the reconciler as it learns a VM's
 * details; after a restart it fills again on the first reconcile of each ManagedNode.
 */
public final class NodeIndex {

    private final Map<String, ResourceID> byKey = new ConcurrentHashMap<>();

    public void put(ResourceID managedNode, String providerId, String name, Optional<String> ip) {
        byKey.put("id:" + providerId, managedNode);
        byKey.put("name:" + name, managedNode);
        ip.ifPresent(a -> byKey.put("ip:" + a, managedNode));
    }

    public void remove(ResourceID managedNode) {
        byKey.values().removeIf(managedNode::equals);
    }

    public Set<ResourceID> lookup(Node node) {
        Set<ResourceID> out = new HashSet<>();
        Optional.ofNullable(node.getSpec()).map(s -> s.getProviderID()).map(id -> byKey.get("id:" + id))
                .ifPresent(out::add);
        Optional.ofNullable(byKey.get("name:" + node.getMetadata().getName())).ifPresent(out::add);
        if (node.getStatus() != null && node.getStatus().getAddresses() != null) {
            node.getStatus().getAddresses().stream().map(NodeAddress::getAddress)
                    .map(a -> byKey.get("ip:" + a)).filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }
}
