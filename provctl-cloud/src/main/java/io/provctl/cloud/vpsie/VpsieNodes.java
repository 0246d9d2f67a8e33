package io.provctl.cloud.vpsie;

import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Single VPSie VMs for the operator's node lifecycle. VPSie sells no spot capacity: a spot request is
 * refused with {@code SPOT_UNAVAILABLE} before any call, so a caller that allows it falls back to on-demand. The VM's hostname is the ManagedNode's name and
 * its tags carry the ManagedNode's UID, so the caller finds a VM again by tag before creating one; a
 * create that fails without a clear answer is looked for by hostname before the failure is reported.
 */
public final class VpsieNodes implements NodeProvider {

    private final VpsieClient client;
    private final VpsieCatalog catalog;
    private final Clock clock;

    VpsieNodes(VpsieClient client, VpsieCatalog catalog, Clock clock) {
        this.client = client;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "vpsie";
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        if (request.capacity() == CapacityType.SPOT) {
            throw ProviderException.spotUnavailable("no spot capacity for VM " + request.name()
                    + ": VPSie sells on-demand VMs only");
        }
        VpsieDatacenter dc = catalog.datacenter(request.name(), request.region());
        VpsieOffering offering = catalog.offering(request.name(), dc, request.offering());
        VpsieImage image = catalog.image(request.name(), "");
        List<String> tags = request.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        CreateVmRequest body = new CreateVmRequest(request.name(), request.name(), offering.id(), dc.id(), image.id(),
                request.name(), "", tags, request.userData());
        try {
            return node(client.createVm(body));
        } catch (ProviderException e) {
            if (e.kind() != ProviderException.Kind.TRANSIENT) {
                throw e;
            }
            return client.listVms().stream().filter(vm -> request.name().equals(vm.hostname())).findFirst()
                    .map(this::node).orElseThrow(() -> e);
        }
    }

    @Override
    public List<ProviderNode> findByTag(String key, String value) {
        return client.listVms().stream().filter(vm -> vm.tag(key).filter(value::equals).isPresent())
                .map(this::node).sorted(Comparator.comparing(ProviderNode::createdAt)).toList();
    }

    @Override
    public Optional<ProviderNode> getNode(String id) {
        return parseId(id).flatMap(client::getVm).map(this::node);
    }

    @Override
    public void deleteNode(String id) {
        parseId(id).ifPresent(client::deleteVm);
    }

    private ProviderNode node(VpsieVm vm) {
        Map<String, String> tags = new TreeMap<>();
        for (String tag : vm.tags()) {
            int eq = tag.indexOf('=');
            if (eq > 0) {
                tags.put(tag.substring(0, eq), tag.substring(eq + 1));
            }
        }
        return new ProviderNode(Long.toString(vm.id()), vm.hostname(), catalog.offeringById(vm.offeringId()).name(),
                vm.datacenterId(), vm.running() ? LifecycleState.RUNNING : LifecycleState.CREATING,
                Optional.ofNullable(vm.defaultIp()).filter(ip -> !ip.isBlank()), tags, vm.createdAt(clock));
    }

    /** VPSie's VM IDs are numbers; anything else names no VPSie VM. */
    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
