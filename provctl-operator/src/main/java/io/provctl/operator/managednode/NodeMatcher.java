package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the Node a VM became: by provider ID first (set by the kubelet or a cloud controller), then by
 * name (the VM's hostname), then by internal IP. The fallbacks only take a Node that carries no
 * provider ID yet: one with another provider ID belongs to another machine, however alike its name. Pure.
 */
public final class NodeMatcher {

    private NodeMatcher() {
    }

    public static Optional<Node> match(Collection<Node> nodes, String providerId, String name, Optional<String> ip) {
        List<Node> unclaimed = nodes.stream().filter(n -> providerIdOf(n).isEmpty()).toList();
        return first(nodes, n -> providerIdOf(n).filter(providerId::equals).isPresent())
                .or(() -> first(unclaimed, n -> name.equals(n.getMetadata().getName())))
                .or(() -> ip.flatMap(address -> first(unclaimed, n -> addresses(n).contains(address))));
    }

    private static Optional<String> providerIdOf(Node node) {
        return Optional.ofNullable(node.getSpec()).map(s -> s.getProviderID()).filter(id -> !id.isBlank());
    }

    private static Optional<Node> first(Collection<Node> nodes, java.util.function.Predicate<Node> test) {
        return nodes.stream().filter(test).findFirst();
    }

    private static List<String> addresses(Node node) {
        if (node.getStatus() == null || node.getStatus().getAddresses() == null) {
            return List.of();
        }
        return node.getStatus().getAddresses().stream().map(NodeAddress::getAddress).filter(Objects::nonNull).toList();
    }

    /** True when the Node reports Ready=True. */
    public static boolean ready(Node node) {
        return node.getStatus() != null && node.getStatus().getConditions() != null
                && node.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
