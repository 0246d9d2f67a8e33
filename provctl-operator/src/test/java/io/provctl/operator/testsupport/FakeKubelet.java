package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderNode;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a booting VM's kubelet would do, as a wrapper around the provider: when a VM is created, a Node
 * named after it registers, with the VM's provider ID and IP, Ready unless a test holds it back. The
 * mock API server has no kubelets, so this is the one place tests get their Nodes from.
 */
public final class FakeKubelet implements NodeProvider {

    private final NodeProvider cloud;
    private final KubernetesClient client;
    private final AtomicBoolean registering = new AtomicBoolean(true);
    private final AtomicBoolean ready = new AtomicBoolean(true);

    public FakeKubelet(NodeProvider cloud, KubernetesClient client) {
        this.cloud = cloud;
        this.client = client;
    }

    /** Stops new VMs from registering a Node (the kubelet never comes up). */
    public FakeKubelet neverRegister() {
        registering.set(false);
        return this;
    }

    /** Registers Nodes NotReady. */
    public FakeKubelet notReady() {
        ready.set(false);
        return this;
    }

    @Override
    public String name() {
        return cloud.name();
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        ProviderNode vm = cloud.createNode(request);
        if (registering.get()) {
            client.nodes().resource(node(vm, name() + "://" + vm.id(), ready.get())).create();
        }
        return vm;
    }

    public static Node node(ProviderNode vm, String providerId, boolean ready) {
        return new NodeBuilder().withNewMetadata().withName(vm.name()).endMetadata()
                .withNewSpec().withProviderID(providerId).endSpec()
                .withNewStatus().addNewAddress().withType("InternalIP").withAddress(vm.ip().orElse("10.0.0.1"))
                .endAddress().addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                .endStatus().build();
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
