package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderNode;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a booting VM and its kubelet would do, as a wrapper around the provider: when a VM is created,
 * a Node named after it registers, with the VM's provider ID and IP, Ready unless a test holds it back.
 * A test can also hold VMs in CREATING until it boots them, or keep kubelets from registering and
 * register Nodes itself. The mock API server has no kubelets, so this is the one place tests get their
 * Nodes from.
 */
public final class FakeKubelet implements NodeProvider {

    private final NodeProvider cloud;
    private final KubernetesClient client;
    private final AtomicBoolean registering = new AtomicBoolean(true);
    private final AtomicBoolean ready = new AtomicBoolean(true);
    private final AtomicBoolean holdBoot = new AtomicBoolean(false);
    private final Set<String> booting = ConcurrentHashMap.newKeySet();

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

    /** New VMs report CREATING, and register no Node, until {@link #boot()}. */
    public FakeKubelet holdBoot() {
        holdBoot.set(true);
        return this;
    }

    /** Lets every held VM finish booting: it runs, and its kubelet registers (unless held back). */
    public void boot() {
        holdBoot.set(false);
        for (String id : List.copyOf(booting)) {
            booting.remove(id);
            cloud.getNode(id).ifPresent(this::registerIfAllowed);
        }
    }

    /** Registers a Node for {@code vm} the way a kubelet would, under any name. */
    public Node register(ProviderNode vm, String nodeName, boolean isReady) {
        return client.nodes().resource(node(nodeName, Optional.of(providerId(vm)), vm.ip(), isReady)).create();
    }

    /** Flips a Node's Ready condition, as a kubelet reporting in would. */
    public void setReady(String nodeName, boolean isReady) {
        client.nodes().withName(nodeName).editStatus(n -> {
            n.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType()))
                    .forEach(c -> c.setStatus(isReady ? "True" : "False"));
            return n;
        });
    }

    public String providerId(ProviderNode vm) {
        return name() + "://" + vm.id();
    }

    @Override
    public String name() {
        return cloud.name();
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        ProviderNode vm = cloud.createNode(request);
        if (holdBoot.get()) {
            booting.add(vm.id());
            return creating(vm);
        }
        registerIfAllowed(vm);
        return vm;
    }

    private void registerIfAllowed(ProviderNode vm) {
        if (registering.get()) {
            register(vm, vm.name(), ready.get());
        }
    }

    public static Node node(String name, Optional<String> providerId, Optional<String> ip, boolean ready) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withProviderID(providerId.orElse(null)).endSpec()
                .withNewStatus().addNewAddress().withType("InternalIP").withAddress(ip.orElse("10.0.0.1"))
                .endAddress().addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                .endStatus().build();
    }

    @Override
    public List<ProviderNode> findByTag(String key, String value) {
        return cloud.findByTag(key, value).stream().map(this::asSeen).toList();
    }

    @Override
    public Optional<ProviderNode> getNode(String id) {
        return cloud.getNode(id).map(this::asSeen);
    }

    @Override
    public List<InterruptionNotice> interruptions() {
        return cloud.interruptions();
    }

    @Override
    public void deleteNode(String id) {
        booting.remove(id);
        cloud.deleteNode(id);
    }

    private ProviderNode asSeen(ProviderNode vm) {
        return booting.contains(vm.id()) ? creating(vm) : vm;
    }

    private static ProviderNode creating(ProviderNode vm) {
        return new ProviderNode(vm.id(), vm.name(), vm.offering(), vm.region(), LifecycleState.CREATING,
                Optional.empty(), vm.tags(), vm.createdAt(), vm.capacity());
    }
}
