package io.provctl.cloud.local;

import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.cloud.local.LocalCloudStore.Change;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderNode;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource;
import io.provctl.time.Sleeper;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * provctl's embedded simulated cloud, standing in for one provider ({@code local}, {@code aws},
 * {@code azure}, {@code gcp} or {@code vpsie}) so that any configuration can be applied with no account.
 * It keeps its own persistent store, accepts only the instance types the stood-in provider offers,
 * takes time on each call, enforces a quota and injects the faults its {@link LocalCloudConfig} asks for.
 * Several instances, in one process or many, can share a directory.
 */
public final class LocalCloud implements CloudProvider, NodeProvider {

    /** The providers the local cloud can stand in for. */
    public static final Set<String> PROVIDERS = Set.of("local", "aws", "azure", "gcp", "vpsie");

    /** Mixed into the seed for IDs, so that IDs and failures draw from different sequences. */
    private static final long ID_SEED_SALT = 0x1D5EEDL;

    private final String provider;
    private final LocalCloudStore store;
    private final CloudModel model;
    private final VmModel vms;
    private final FaultInjector faults;
    private final Duration latency;
    private final Sleeper sleeper;
    private final Clock clock;

    private LocalCloud(String provider, LocalCloudStore store, CloudModel model, VmModel vms, FaultInjector faults,
                       Duration latency, Sleeper sleeper, Clock clock) {
        this.provider = provider;
        this.store = store;
        this.model = model;
        this.vms = vms;
        this.faults = faults;
        this.latency = latency;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * A local cloud standing in for {@code provider}, keeping its store in {@code directory}.
     *
     * @param catalog instance types of the real providers; the {@code local} types are built in
     * @throws ProviderException of kind INVALID when {@code provider} is not one it can stand in for
     */
    public static LocalCloud open(String provider, Path directory, LocalCloudConfig config,
                                  InstanceTypeCatalog catalog, Clock clock, Sleeper sleeper) {
        if (!PROVIDERS.contains(provider)) {
            throw ProviderException.invalid("the local cloud cannot stand in for provider \"" + provider
                    + "\": it simulates " + String.join(", ", PROVIDERS.stream().sorted().toList()));
        }
        Random failures = config.seed().isPresent() ? new Random(config.seed().getAsLong()) : new SecureRandom();
        Random ids = config.seed().isPresent() ? new Random(config.seed().getAsLong() ^ ID_SEED_SALT)
                : new SecureRandom();
        IdGenerator idGenerator = new IdGenerator(ids);
        CloudModel model = new CloudModel(catalog, config.quota(), clock, idGenerator);
        VmModel vms = new VmModel(catalog, config.quota(), clock, idGenerator, config.spotAvailable());
        return new LocalCloud(provider, new LocalCloudStore(directory), model, vms,
                new FaultInjector(config, failures, clock), config.latency(), sleeper, clock);
    }

    @Override
    public String name() {
        return provider;
    }

    @Override
    public ProviderResource create(Resource desired) {
        return call(Operation.CREATE, desired.id().address(),
                () -> store.update(state -> model.create(state, provider, desired))).toProviderResource();
    }

    @Override
    public ProviderResource update(String providerId, Resource desired) {
        return call(Operation.UPDATE, providerId,
                () -> store.update(state -> model.update(state, provider, providerId, desired))).toProviderResource();
    }

    @Override
    public void delete(String providerId) {
        call(Operation.DELETE, providerId, () -> store.update(state -> new Change<>(
                ours(state, providerId) ? state.without(providerId) : state, providerId)));
    }

    @Override
    public Optional<ProviderResource> findByResourceId(ResourceId id) {
        return call(Operation.FIND, id.address(), () -> store.read().byAddress(id).stream()
                .filter(this::ours)
                .findFirst()
                .map(LocalResource::toProviderResource));
    }

    @Override
    public List<ProviderResource> list() {
        return call(Operation.LIST, "all resources", () -> store.read().resources().values().stream()
                .filter(r -> ours(r) && r.address().isPresent())
                .map(LocalResource::toProviderResource)
                .sorted(Comparator.comparing(ProviderResource::resourceId)
                        .thenComparing(ProviderResource::createdAt))
                .toList());
    }

    @Override
    public ProviderNode createNode(NodeRequest request) {
        return call(Operation.CREATE, "VM " + request.name(),
                () -> store.update(state -> vms.create(state, provider, request))).toProviderNode();
    }

    @Override
    public List<ProviderNode> findByTag(String key, String value) {
        return call(Operation.FIND, "VMs tagged " + key + "=" + value, () -> reclaimed().vms().values().stream()
                .filter(vm -> ours(vm) && vm.taggedWith(key, value))
                .sorted(Comparator.comparing(LocalVm::createdAt).thenComparing(LocalVm::id))
                .map(LocalVm::toProviderNode)
                .toList());
    }

    @Override
    public Optional<ProviderNode> getNode(String id) {
        return call(Operation.FIND, "VM " + id, () -> reclaimed().vm(id).filter(this::ours)
                .map(LocalVm::toProviderNode));
    }

    @Override
    public void deleteNode(String id) {
        call(Operation.DELETE, "VM " + id, () -> store.update(state -> new Change<>(
                state.vm(id).filter(this::ours).isPresent() ? state.withoutVm(id) : state, id)));
    }

    /**
     * The notices issued by {@code provctl local interrupt} for this provider's VMs, earliest deadline first.
     * A VM whose deadline has passed is reclaimed (deleted) here, or by the next call that looks at VMs, as
     * the real provider would take it back whatever its user did.
     */
    @Override
    public List<InterruptionNotice> interruptions() {
        return call(Operation.LIST, "interruption notices", () -> reclaimed().vms().values().stream()
                .filter(this::ours)
                .flatMap(vm -> vm.interruption().stream())
                .sorted(Comparator.comparing(InterruptionNotice::deadline)
                        .thenComparing(InterruptionNotice::providerId))
                .toList());
    }

    /** Out-of-band changes to the same store, as someone in the provider's console would make them. */
    public LocalCloudConsole console() {
        return new LocalCloudConsole(store, model, clock);
    }

    /** The store's content after deleting the spot VMs whose interruption deadline has passed. */
    private CloudState reclaimed() {
        Instant now = clock.instant();
        CloudState read = store.read();
        if (read.withoutReclaimed(now) == read) {
            return read;
        }
        return store.update(state -> {
            CloudState next = state.withoutReclaimed(now);
            return new Change<>(next, next);
        });
    }

    /** Where this cloud keeps its content. */
    public Path storeFile() {
        return store.file();
    }

    private boolean ours(CloudState state, String providerId) {
        return state.get(providerId).filter(this::ours).isPresent();
    }

    private boolean ours(LocalResource r) {
        return r.provider().equals(provider);
    }

    private boolean ours(LocalVm vm) {
        return vm.provider().equals(provider);
    }

    /** One call as a client sees it: admitted or 429, latency, maybe a 503, the change, maybe a crash. */
    private <T> T call(Operation op, String subject, Supplier<T> action) {
        faults.admit(op);
        pause();
        faults.maybeFail(op, subject);
        T result = action.get();
        faults.succeeded(op, subject);
        return result;
    }

    private void pause() {
        if (latency.isZero()) {
            return;
        }
        try {
            sleeper.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Kind.TRANSIENT,
                    "interrupted while waiting for the local cloud", null, e);
        }
    }
}
