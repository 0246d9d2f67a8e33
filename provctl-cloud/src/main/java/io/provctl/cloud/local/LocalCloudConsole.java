package io.provctl.cloud.local;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.cloud.local.LocalCloudStore.Change;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.provider.CapacityType;
import io.provctl.provider.ProviderException;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Changes made to the local cloud behind provctl's back, as someone clicking in a provider console
 * would: the input of {@code provctl local …} and of drift tests. Resources are named by provider ID
 * or by provctl address ({@code cluster.NAME.pool.POOL}). These calls skip the injected faults and
 * latency, which belong to provctl's API client, but not the account quota.
 */
public final class LocalCloudConsole {

    private final LocalCloudStore store;
    private final CloudModel model;
    private final Clock clock;

    LocalCloudConsole(LocalCloudStore store, CloudModel model, Clock clock) {
        this.store = store;
        this.model = model;
        this.clock = clock;
    }

    /** A console on the local cloud kept in {@code directory}, whichever providers it stands in for. */
    public static LocalCloudConsole open(Path directory, InstanceTypeCatalog catalog, Clock clock, Quota quota) {
        Random ids = new SecureRandom();
        return new LocalCloudConsole(new LocalCloudStore(directory),
                new CloudModel(catalog, quota, clock, new IdGenerator(ids)), clock);
    }

    /** Every resource, tagged or not, of every provider stood in for; by address, then age. */
    public List<LocalResource> list() {
        return store.read().resources().values().stream()
                .sorted(Comparator.comparing((LocalResource r) -> r.address().map(ResourceId::address).orElse("~"))
                        .thenComparing(LocalResource::createdAt)
                        .thenComparing(LocalResource::providerId))
                .toList();
    }

    /** Every single VM (the operator's nodes) of every provider stood in for; by name, then age. */
    public List<LocalVm> vms() {
        return store.read().withoutReclaimed(clock.instant()).vms().values().stream()
                .sorted(Comparator.comparing(LocalVm::name).thenComparing(LocalVm::createdAt).thenComparing(LocalVm::id))
                .toList();
    }

    /**
     * Issues a spot interruption notice for a VM, named by ID or by name, as the provider does when it
     * needs the capacity back: the VM is reclaimed (deleted) once {@code in} has passed.
     *
     * @throws ProviderException NOT_FOUND for an unknown VM, INVALID for an on-demand VM, a VM that already
     *                           has a notice, a name shared by several VMs or a negative {@code in}
     */
    public LocalVm interrupt(String idOrName, Duration in) {
        if (in.isNegative()) {
            throw ProviderException.invalid("the time before reclaiming cannot be negative: " + in);
        }
        Instant now = clock.instant();
        return store.update(state -> {
            CloudState current = state.withoutReclaimed(now);
            LocalVm vm = resolveVm(current, idOrName);
            if (vm.capacityType() != CapacityType.SPOT) {
                throw ProviderException.invalid("VM " + vm.id() + " (" + vm.name() + ") is on-demand; only a spot VM"
                        + " can be interrupted");
            }
            if (vm.reclaimAt() != null) {
                throw ProviderException.invalid("VM " + vm.id() + " (" + vm.name() + ") already has an interruption"
                        + " notice; it is reclaimed at " + vm.reclaimAt());
            }
            LocalVm noticed = vm.withInterruption(now, now.plus(in));
            return new Change<>(current.withVm(noticed), noticed);
        });
    }

    /** Sets a node pool's node count and desired_size to {@code n}. */
    public LocalResource scale(String idOrAddress, int n) {
        return store.update(state -> model.scale(state, resolve(state, idOrAddress), n));
    }

    /** Deletes a resource; deleting one that does not exist is an error here, as the console cannot find it. */
    public LocalResource delete(String idOrAddress) {
        return store.update(state -> {
            LocalResource r = resolve(state, idOrAddress);
            return new Change<>(state.without(r.providerId()), r);
        });
    }

    /** Sets one tag; setting the address tag re-points the resource to another provctl address. */
    public LocalResource tag(String idOrAddress, String key, String value) {
        return store.update(state -> model.tag(state, resolve(state, idOrAddress), key, value));
    }

    /** Sets the Kubernetes version of a control plane, named directly or by its cluster. */
    public LocalResource setVersion(String idOrAddress, String version) {
        return store.update(state -> model.setAttribute(state, controlPlane(state, idOrAddress), "version", version));
    }

    /**
     * Sets one attribute of a resource (a network's NAT gateway, a control plane's identity…), as an edit
     * in the console would; the value is stored in its canonical form.
     */
    public LocalResource setAttribute(String idOrAddress, String name, Object value) {
        return store.update(state -> model.setAttribute(state, resolve(state, idOrAddress), name,
                io.provctl.model.Attributes.canonical(value)));
    }

    /**
     * Creates a resource tagged with a provctl address that provctl's state does not know, as if another
     * run or a person had made it.
     */
    public LocalResource createUntracked(Resource resource) {
        return store.update(state -> model.create(state, resource.provider(), resource));
    }

    private LocalResource controlPlane(CloudState state, String idOrAddress) {
        LocalResource r = resolve(state, idOrAddress);
        if (r.kind() == ResourceKind.CONTROL_PLANE) {
            return r;
        }
        if (r.kind() == ResourceKind.CLUSTER && r.address().isPresent()) {
            return resolve(state, ResourceId.controlPlane(r.address().get().clusterName()).address());
        }
        throw ProviderException.invalid(idOrAddress + " is a " + r.kind().label()
                + "; a version belongs to a control plane or its cluster");
    }

    private static LocalResource resolve(CloudState state, String idOrAddress) {
        String wanted = idOrAddress.trim();
        Optional<LocalResource> byId = state.get(wanted);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<LocalResource> byAddress = address(wanted).map(state::byAddress).orElse(List.of());
        if (byAddress.size() == 1) {
            return byAddress.get(0);
        }
        if (byAddress.size() > 1) {
            throw ProviderException.invalid("address " + wanted + " is carried by several resources ("
                    + String.join(", ", byAddress.stream().map(LocalResource::providerId).toList())
                    + "); name one by its ID");
        }
        throw ProviderException.notFound(unknown(state, wanted));
    }

    private static LocalVm resolveVm(CloudState state, String idOrName) {
        String wanted = idOrName.trim();
        Optional<LocalVm> byId = state.vm(wanted);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<LocalVm> byName = state.vms().values().stream().filter(vm -> vm.name().equals(wanted)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw ProviderException.invalid("VM name " + wanted + " is carried by several VMs ("
                    + String.join(", ", byName.stream().map(LocalVm::id).toList()) + "); name one by its ID");
        }
        TreeSet<String> names = new TreeSet<>();
        state.vms().values().forEach(vm -> {
            names.add(vm.id());
            names.add(vm.name());
        });
        List<String> close = CloseMatches.of(wanted, names, 5);
        String hint = names.isEmpty() ? "the local cloud holds no VMs"
                : close.isEmpty() ? "no close match; `provctl local list` shows every VM"
                : "did you mean " + String.join(", ", close) + "?";
        throw ProviderException.notFound("no VM with ID or name \"" + wanted + "\" in the local cloud: " + hint);
    }

    private static String unknown(CloudState state, String wanted) {
        TreeSet<String> names = new TreeSet<>();
        state.resources().values().forEach(r -> {
            names.add(r.providerId());
            r.address().ifPresent(a -> names.add(a.address()));
        });
        List<String> close = CloseMatches.of(wanted, names, 5);
        String hint = names.isEmpty() ? "the local cloud holds no resources"
                : close.isEmpty() ? "no close match; `provctl local list` shows every resource"
                : "did you mean " + String.join(", ", close) + "?";
        return "no resource with ID or address \"" + wanted + "\" in the local cloud: " + hint;
    }

    private static Optional<ResourceId> address(String text) {
        return Stream.of(text).filter(t -> t.startsWith("cluster.")).flatMap(t -> {
            try {
                return Stream.of(ResourceId.parse(t));
            } catch (IllegalArgumentException e) {
                return Stream.empty();
            }
        }).findFirst();
    }
}
