package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Node;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.rightsizing.pricing.NodeFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Node says about its price, from the well-known labels a cloud's node controller sets (and
 * their deprecated beta forms), the scheme of its providerID, and, for a node provctl made, its
 * ManagedNode's instance type and its NodeGroup's provider and datacenter: provctl's nodes carry the
 * group labels but no cloud controller sets their instance-type label.
 */
final class NodeFactsMapper {

    static final List<String> INSTANCE_TYPE_LABELS = List.of("node.kubernetes.io/instance-type",
            "beta.kubernetes.io/instance-type");
    static final List<String> REGION_LABELS = List.of("topology.kubernetes.io/region",
            "failure-domain.beta.kubernetes.io/region");
    /** providerID schemes of the clouds the price catalog knows, to the catalog's provider names. */
    private static final Map<String, String> PROVIDER_ID_SCHEMES = Map.of("aws", "aws", "gce", "gcp", "azure", "azure");

    private NodeFactsMapper() {
    }

    static NodeFacts facts(Node node, Optional<ManagedNode> managed, Optional<NodeGroup> group) {
        Map<String, String> labels = Optional.ofNullable(node.getMetadata().getLabels()).orElse(Map.of());
        Optional<String> type = first(labels, INSTANCE_TYPE_LABELS)
                .or(() -> managed.map(m -> m.getSpec().getInstanceType()).filter(t -> !t.isBlank()));
        Optional<String> region = first(labels, REGION_LABELS)
                .or(() -> group.map(g -> g.getSpec().getDatacenterID()).filter(r -> !r.isBlank()));
        Optional<String> provider = group.map(g -> g.getSpec().getProvider()).filter(p -> !p.isBlank())
                .or(() -> providerFromId(node));
        return new NodeFacts(node.getMetadata().getName(), type, region, provider);
    }

    /** {@code aws:///us-east-1a/i-0abc} -> aws; {@code gce://project/zone/name} -> gcp. */
    static Optional<String> providerFromId(Node node) {
        return Optional.ofNullable(node.getSpec()).map(s -> s.getProviderID()).filter(id -> id.contains("://"))
                .map(id -> id.substring(0, id.indexOf("://"))).map(PROVIDER_ID_SCHEMES::get);
    }

    private static Optional<String> first(Map<String, String> labels, List<String> keys) {
        return keys.stream().map(labels::get).filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
