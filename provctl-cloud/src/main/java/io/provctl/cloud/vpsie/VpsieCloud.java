package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.core.type.TypeReference;
import io.provctl.json.Json;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * provctl resources on VPSie. VPSie's documented API makes plain VMs ({@code /vm}) and adds nodes to
 * managed clusters made elsewhere, so: a control plane and a node pool are groups of VMs, each VM
 * tagged with the resource's address and its index; the network and the cluster have no VPSie object
 * of their own and are checked (datacenter, unsupported options) but not created. See the README.
 */
public final class VpsieCloud implements CloudProvider {

    private static final int MAX_DELETE_ROUNDS = 5;
    private final Object deletes = new Object();

    static final String GROUP_PREFIX = "vms:";
    static final String LOGICAL_PREFIX = "dc:";
    /** The smallest machine kubeadm runs a control plane on. */
    static final int CONTROL_PLANE_CPU = 2;
    static final int CONTROL_PLANE_RAM_MB = 4096;

    private final VpsieClient client;
    private final VpsieCatalog catalog;
    private final Clock clock;

    public VpsieCloud(VpsieClient client, Clock clock) {
        this.client = client;
        this.catalog = new VpsieCatalog(client);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "vpsie";
    }

    @Override
    public ProviderResource create(Resource desired) {
        return apply(desired);
    }

    @Override
    public ProviderResource update(String providerId, Resource desired) {
        String expected = desired.kind() == ResourceKind.NETWORK || desired.kind() == ResourceKind.CLUSTER
                ? LOGICAL_PREFIX : GROUP_PREFIX + desired.id().address();
        if (!providerId.startsWith(expected)) {
            throw ProviderException.invalid(providerId + " is not the VPSie resource of " + desired.id());
        }
        return apply(desired);
    }

    /** The same VPSie account as single VMs for the operator's node lifecycle. */
    public VpsieNodes nodes() {
        return new VpsieNodes(client, catalog, clock);
    }

    @Override
    public void delete(String providerId) {
        if (!providerId.startsWith(GROUP_PREFIX)) {
            return; // networks and clusters made nothing on VPSie
        }
        ResourceId id = ResourceId.parse(providerId.substring(GROUP_PREFIX.length()));
        // A paged listing taken while other VMs are being deleted can skip one (pages shift under it):
        // deletes from this process take turns, and each lists again until nothing with the tag is left.
        synchronized (deletes) {
            deleteAll(id);
        }
    }

    private void deleteAll(ResourceId id) {
        for (int round = 0; round < MAX_DELETE_ROUNDS; round++) {
            List<VpsieVm> left = nodesOf(id, client.listVms());
            if (left.isEmpty()) {
                return;
            }
            left.forEach(vm -> client.deleteVm(vm.id()));
        }
        if (!nodesOf(id, client.listVms()).isEmpty()) {
            throw ProviderException.transientFailure("VMs of " + id + " are still listed after "
                    + MAX_DELETE_ROUNDS + " rounds of deletes");
        }
    }

    @Override
    public Optional<ProviderResource> findByResourceId(ResourceId id) {
        if (id.kind() == ResourceKind.NETWORK || id.kind() == ResourceKind.CLUSTER) {
            return Optional.empty();
        }
        List<VpsieVm> nodes = nodesOf(id, client.listVms());
        return nodes.isEmpty() ? Optional.empty() : Optional.of(group(id, nodes));
    }

    @Override
    public List<ProviderResource> list() {
        Map<ResourceId, List<VpsieVm>> byAddress = new TreeMap<>();
        for (VpsieVm vm : client.listVms()) {
            VmNames.address(vm).ifPresent(a -> byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add(vm));
        }
        return byAddress.entrySet().stream().map(e -> group(e.getKey(), sorted(e.getValue()))).toList();
    }

    private ProviderResource apply(Resource desired) {
        if (!desired.provider().equals(name())) {
            throw ProviderException.invalid(desired.id() + " is declared for provider \"" + desired.provider()
                    + "\", not vpsie");
        }
        VpsieDatacenter dc = catalog.datacenter(desired.id(), desired.region());
        return switch (desired.kind()) {
            case NETWORK -> logical(desired, dc, VpsieMapping.checkNetwork(desired));
            case CLUSTER -> logical(desired, dc, desired.attributes());
            case CONTROL_PLANE -> reconcile(desired, dc, VpsieMapping.controlPlaneNodes(desired),
                    VpsieMapping.controlPlaneType(desired).map(t -> catalog.offering(desired.id(), dc, t))
                            .orElseGet(() -> catalog.cheapest(desired.id(), dc, CONTROL_PLANE_CPU, CONTROL_PLANE_RAM_MB)));
            case NODE_POOL -> reconcile(desired, dc, VpsieMapping.poolNodes(desired),
                    catalog.offering(desired.id(), dc, VpsieMapping.instanceType(desired)));
        };
    }

    private ProviderResource logical(Resource desired, VpsieDatacenter dc, SortedMap<String, Object> attributes) {
        return new ProviderResource(LOGICAL_PREFIX + dc.id() + "/" + desired.id().address(), desired.id(),
                LifecycleState.RUNNING, attributes, Map.of(RESOURCE_ID_TAG, desired.id().address()), clock.instant());
    }

    /** Makes the group have exactly {@code count} VMs of the offering: creates missing indices, deletes extra. */
    private ProviderResource reconcile(Resource desired, VpsieDatacenter dc, int count, VpsieOffering offering) {
        List<VpsieVm> nodes = nodesOf(desired.id(), client.listVms());
        nodes.stream().filter(vm -> !vm.offeringId().equals(offering.id())).findFirst().ifPresent(vm -> {
            throw ProviderException.invalid(desired.id() + ": VM " + vm.hostname() + " runs offering "
                    + catalog.offeringById(vm.offeringId()).name() + "; changing the offering of existing VMs is not"
                    + " supported on VPSie: replace the pool (a new pool name) instead");
        });
        List<VpsieVm> kept = new ArrayList<>(nodes.stream().filter(vm -> VmNames.index(vm) < count).toList());
        nodes.stream().filter(vm -> VmNames.index(vm) >= count).forEach(vm -> client.deleteVm(vm.id()));
        VpsieImage image = catalog.image(desired.id(), VpsieMapping.image(desired));
        for (int i = 0; i < count; i++) {
            int index = i;
            if (kept.stream().noneMatch(vm -> VmNames.index(vm) == index)) {
                kept.add(createNode(desired, dc, offering, image, index));
            }
        }
        return group(desired.id(), sorted(kept), desired.attributes());
    }

    /**
     * Creates one VM. When the create fails without a clear answer (timeout, 5xx) the VM may exist
     * anyway, so it is looked for by its tag before the failure is reported.
     */
    private VpsieVm createNode(Resource desired, VpsieDatacenter dc, VpsieOffering offering, VpsieImage image,
                               int index) {
        String hostname = VmNames.hostname(desired.id(), index);
        CreateVmRequest request = new CreateVmRequest(hostname, hostname, offering.id(), dc.id(), image.id(),
                desired.id().address(), Json.MAPPER.valueToTree(desired.attributes()).toString(),
                VmNames.tags(desired.id(), index));
        try {
            return client.createVm(request);
        } catch (ProviderException e) {
            if (e.kind() != ProviderException.Kind.TRANSIENT) {
                throw e;
            }
            return client.listVms().stream().filter(vm -> VmNames.isNode(vm, desired.id(), index)).findFirst()
                    .orElseThrow(() -> e);
        }
    }

    private ProviderResource group(ResourceId id, List<VpsieVm> nodes) {
        return group(id, nodes, recordedAttributes(nodes));
    }

    /** What the group is: the attributes provctl asked for, with the size and offering VPSie reports. */
    private ProviderResource group(ResourceId id, List<VpsieVm> nodes, Map<String, Object> asked) {
        SortedMap<String, Object> attributes = new TreeMap<>(asked);
        if (id.kind() == ResourceKind.NODE_POOL) {
            attributes.put("desired_size", BigDecimal.valueOf(nodes.size()));
            nodes.stream().findFirst().ifPresent(vm -> attributes.put("instance_type",
                    catalog.offeringById(vm.offeringId()).name()));
        }
        LifecycleState state = nodes.stream().allMatch(VpsieVm::running) ? LifecycleState.RUNNING
                : LifecycleState.CREATING;
        Map<String, String> tags = Map.of(RESOURCE_ID_TAG, id.address(), VmNames.CLUSTER_TAG, id.clusterName(),
                "vpsie.com/vm-ids", nodes.stream().map(vm -> Long.toString(vm.id())).collect(Collectors.joining(",")));
        Instant created = nodes.stream().map(vm -> vm.createdAt(clock)).min(Comparator.naturalOrder())
                .orElse(clock.instant());
        return new ProviderResource(GROUP_PREFIX + id.address(), id, state, attributes, tags, created);
    }

    /** The attributes written into the notes of the newest node when it was made. */
    private static Map<String, Object> recordedAttributes(List<VpsieVm> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            try {
                Map<String, Object> m = Json.MAPPER.readValue(nodes.get(i).notes(), new TypeReference<>() { });
                return m == null ? Map.of() : m;
            } catch (Exception e) {
                // notes edited by hand in the VPSie console: try an older node
            }
        }
        return Map.of();
    }

    private static List<VpsieVm> nodesOf(ResourceId id, List<VpsieVm> all) {
        return sorted(all.stream().filter(vm -> VmNames.address(vm).filter(id::equals).isPresent()).toList());
    }

    private static List<VpsieVm> sorted(List<VpsieVm> vms) {
        return vms.stream().sorted(Comparator.comparingInt(VmNames::index).thenComparingLong(VpsieVm::id))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
