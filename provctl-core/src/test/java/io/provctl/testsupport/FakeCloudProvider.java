package io.provctl.testsupport;

import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A provider in memory that records every call and fails on demand: queue failures per operation with
 * {@link #failNext}. Creates never deduplicate, like a real cloud, so tests see duplicates if the caller
 * forgets to look the tag up.
 */
public final class FakeCloudProvider implements CloudProvider {

    private final String name;
    private final Map<String, ProviderResource> resources = new LinkedHashMap<>();
    private final Map<String, Deque<Supplier<RuntimeException>>> failures = new TreeMap<>();
    private final List<String> calls = new ArrayList<>();
    private int nextId = 1;

    public FakeCloudProvider(String name) {
        this.name = name;
    }

    /** The next call of {@code operation} (create, update, delete, find) throws what {@code failure} gives. */
    public synchronized FakeCloudProvider failNext(String operation, Supplier<RuntimeException> failure) {
        failures.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(failure);
        return this;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<ProviderResource> resources() {
        return List.copyOf(resources.values());
    }

    /** Puts a resource in place as if created earlier (for example by an apply that crashed). */
    public synchronized ProviderResource seed(Resource r) {
        String id = "fake-" + nextId++;
        ProviderResource pr = resource(id, r);
        resources.put(id, pr);
        return pr;
    }

    /** Changes a resource behind the caller's back, as a console user would. */
    public synchronized void tamper(ResourceId id, java.util.function.UnaryOperator<ProviderResource> change) {
        resources.replaceAll((k, r) -> r.resourceId().equals(id) ? change.apply(r) : r);
    }

    /** Deletes a resource behind the caller's back. */
    public synchronized void remove(ResourceId id) {
        resources.values().removeIf(r -> r.resourceId().equals(id));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ProviderResource create(Resource desired) {
        call("create", desired.id().address());
        return seed(desired);
    }

    @Override
    public synchronized ProviderResource update(String providerId, Resource desired) {
        call("update", desired.id().address());
        if (!resources.containsKey(providerId)) {
            throw ProviderException.notFound("no resource " + providerId);
        }
        ProviderResource pr = resource(providerId, desired);
        resources.put(providerId, pr);
        return pr;
    }

    @Override
    public synchronized void delete(String providerId) {
        ProviderResource pr = resources.get(providerId);
        call("delete", pr == null ? providerId : pr.resourceId().address());
        resources.remove(providerId);
    }

    @Override
    public synchronized Optional<ProviderResource> findByResourceId(ResourceId id) {
        call("find", id.address());
        return resources.values().stream().filter(r -> r.resourceId().equals(id)).findFirst();
    }

    @Override
    public synchronized List<ProviderResource> list() {
        return resources();
    }

    private void call(String operation, String address) {
        calls.add(operation + " " + address);
        Deque<Supplier<RuntimeException>> queue = failures.get(operation);
        if (queue != null && !queue.isEmpty()) {
            throw queue.poll().get();
        }
    }

    /** Tags every resource with its address and its cluster's tags, as real clouds propagate them. */
    private ProviderResource resource(String id, Resource r) {
        Map<String, String> tags = new TreeMap<>();
        Object clusterTags = r.kind() == io.provctl.model.ResourceKind.CLUSTER ? r.attributes().get("tags")
                : resources.values().stream().filter(p -> p.resourceId().equals(r.id().clusterId())).findFirst()
                        .map(p -> p.attributes().get("tags")).orElse(null);
        if (clusterTags instanceof Map<?, ?> m) {
            m.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        tags.put(TAG, r.id().address());
        return new ProviderResource(id, r.id(), ProviderResource.LifecycleState.RUNNING, new TreeMap<>(r.attributes()),
                tags, Instant.EPOCH);
    }

    private static final String TAG = CloudProvider.RESOURCE_ID_TAG;
}
