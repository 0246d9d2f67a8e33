package io.provctl.provider;

import java.util.Map;
import java.util.Objects;

/**
 * A VM to create.
 *
 * @param name     the VM's name (and hostname), deterministic so that the node it becomes can be found
 * @param offering the instance type or provider offering
 * @param region   the region or datacenter
 * @param tags     provider tags; the caller's idempotency key among them
 * @param userData the cloud-init document; it may hold secrets, so {@link #toString()} leaves it out
 * @param capacity on-demand or spot; a provider without spot capacity for the request refuses a spot
 *                 request with {@link ProviderException.Kind#SPOT_UNAVAILABLE}
 */
public record NodeRequest(String name, String offering, String region, Map<String, String> tags, String userData,
                          CapacityType capacity) {

    public NodeRequest {
        tags = Map.copyOf(tags);
        Objects.requireNonNull(capacity, "capacity");
    }

    /** An on-demand VM. */
    public NodeRequest(String name, String offering, String region, Map<String, String> tags, String userData) {
        this(name, offering, region, tags, userData, CapacityType.ON_DEMAND);
    }

    /** The same request for another kind of capacity. */
    public NodeRequest withCapacity(CapacityType value) {
        return new NodeRequest(name, offering, region, tags, userData, value);
    }

    @Override
    public String toString() {
        return "NodeRequest[name=" + name + ", offering=" + offering + ", region=" + region + ", tags=" + tags
                + ", capacity=" + capacity.label() + ", userData=(" + userData.length() + " characters, not shown)]";
    }
}
