package io.provctl.provider;

import io.provctl.provider.ProviderResource.LifecycleState;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A VM as the provider reports it.
 *
 * @param ip the private address, once the provider has assigned one
 */
public record ProviderNode(String id, String name, String offering, String region, LifecycleState state,
                           Optional<String> ip, Map<String, String> tags, Instant createdAt) {

    public ProviderNode {
        tags = Map.copyOf(tags);
    }

    public boolean running() {
        return state == LifecycleState.RUNNING;
    }
}
