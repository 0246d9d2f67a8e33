package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FakeKubelet} with a capacity: a real kubelet reports allocatable resources, which the
 * autoscaler's packing needs. Every Node gets the allocatable of its local instance type (local.small
 * 2 CPU and 4 GiB, each size up twice that), a local.small's when the type is not a local one.
 */
final class SizedKubelet implements NodeProvider {

    private static final Map<String, Integer> SIZES = Map.of("local.small", 1, "local.medium", 2, "local.large", 4,
            "local.xlarge", 8);

    private final NodeProvider cloud;
    private final KubernetesClient client;

    SizedKubelet(NodeProvider cloud, KubernetesClient client) {
        this.cloud = cloud;
        this.client = client;
    }

    @Override
    public String name() {
        return cloud.name();
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        ProviderNode vm = cloud.createNode(request);
        Node node = FakeKubelet.node(vm.name(), java.util.Optional.of(name() + "://" + vm.id()), vm.ip(), true);
        int scale = SIZES.getOrDefault(request.offering(), 1);
        node.getStatus().setAllocatable(Map.of("cpu", new Quantity(String.valueOf(2 * scale)),
                "memory", new Quantity((4 * scale) + "Gi"), "pods", new Quantity("110")));
        client.nodes().resource(node).create();
        return vm;
    }

    @Override
    public List<ProviderNode> findByTag(String key, String value) {
        return cloud.findByTag(key, value);
    }

    @Override
    public Optional<ProviderNode> getNode(String id) {
        return cloud.getNode(id);
    }

    @Override
    public void deleteNode(String id) {
        cloud.deleteNode(id);
    }
}
