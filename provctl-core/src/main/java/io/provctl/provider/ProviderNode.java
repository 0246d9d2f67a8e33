package io.provctl.provider;

import io.provctl.provider.ProviderResource.LifecycleState;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A VM as the provider reports it.
 *
 * @param ip       the private address, once the provider has assigned one
 * @param capacity on-demand or spot, as the provider runs it
 */
public record ProviderNode(String id, String name, String offering, String region, LifecycleState state,
                           Optional<String> ip, Map<String, String> tags, Instant createdAt, CapacityType capacity) {

    public ProviderNode {
        tags = Map.copyOf(tags);
        Objects.requireNonNull(capacity, "capacity");
    }

    /** An on-demand VM. */
    public ProviderNode(String id, String name, String offering, String region, LifecycleState state,
                        Optional<String> ip, Map<String, String> tags, Instant createdAt) {
        this(id, name, offering, region, state, ip, tags, createdAt, CapacityType.ON_DEMAND);
    }

    public boolean running() {
        return state == LifecycleState.RUNNING;
    }
}
