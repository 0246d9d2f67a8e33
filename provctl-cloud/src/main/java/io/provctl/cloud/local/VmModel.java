package io.provctl.cloud.local;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.cloud.local.LocalCloudStore.Change;
import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * What the simulated cloud does to its single VMs, as functions from one {@link CloudState} to the next:
 * offering checks, spot capacity, IDs, addresses and the node quota. No I/O, no faults.
 */
final class VmModel {

    private final InstanceTypeCatalog catalog;
    private final Quota quota;
    private final Clock clock;
    private final IdGenerator ids;
    private final boolean spotAvailable;

    VmModel(InstanceTypeCatalog catalog, Quota quota, Clock clock, IdGenerator ids, boolean spotAvailable) {
        this.catalog = LocalInstanceTypes.including(catalog);
        this.quota = quota;
        this.clock = clock;
        this.ids = ids;
        this.spotAvailable = spotAvailable;
    }

    Change<LocalVm> create(CloudState state, String provider, NodeRequest request) {
        validate(provider, request);
        if (request.capacity() == CapacityType.SPOT && !spotAvailable) {
            throw ProviderException.spotUnavailable("no spot capacity for VM " + request.name() + ": " + provider
                    + " has no spare " + request.offering() + " capacity in " + request.region()
                    + " (" + LocalCloudEnvironment.SPOT_UNAVAILABLE + " is set)");
        }
        checkQuota(state, request);
        String id = ids.next("vm", state.vms()::containsKey);
        LocalVm vm = new LocalVm(id, request.name(), provider, request.offering(), request.region(),
                LifecycleState.RUNNING, address(id), new TreeMap<>(request.tags()), sha256(request.userData()),
                clock.instant(), request.capacity().label());
        return new Change<>(state.withVm(vm), vm);
    }

    private void validate(String provider, NodeRequest request) {
        if (request.name().isBlank()) {
            throw ProviderException.invalid("a VM needs a name");
        }
        if (catalog.shape(provider, request.offering()).isEmpty()) {
            List<String> known = new ArrayList<>(catalog.instanceTypes(provider));
            throw ProviderException.invalid("VM " + request.name() + ": unknown " + provider + " offering \""
                    + request.offering() + "\" (close matches: "
                    + String.join(", ", CloseMatches.of(request.offering(), known, 5)) + ")");
        }
    }

    /** Single VMs count against the same node and vCPU quota as node pools. */
    private void checkQuota(CloudState state, NodeRequest request) {
        quota.maxNodes().ifPresent(limit -> {
            long nodes = state.vms().size() + state.resources().values().stream().mapToLong(r -> r.nodes().size()).sum();
            if (nodes + 1 > limit) {
                throw ProviderException.capacity("quota exceeded for VM " + request.name() + ": the account holds "
                        + nodes + " nodes, the limit is " + limit);
            }
        });
    }

    /** A private address derived from the ID, so that it is stable and unique enough for a simulation. */
    private static String address(String id) {
        int h = id.hashCode();
        return "10." + ((h >>> 16) & 0xFF) + "." + ((h >>> 8) & 0xFF) + "." + (1 + (h & 0xFF) % 254);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
