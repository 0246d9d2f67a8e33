package io.provctl.provider;

import java.util.Map;

/**
 * A VM to create.
 *
 * @param name     the VM's name (and hostname), deterministic so that the node it becomes can be found
 * @param offering the instance type or provider offering
 * @param region   the region or datacenter
 * @param tags     provider tags; the caller's idempotency key among them
 * @param userData the cloud-init document; it may hold secrets, so {@link #toString()} leaves it out
 */
public record NodeRequest(String name, String offering, String region, Map<String, String> tags, String userData) {

    public NodeRequest {
        tags = Map.copyOf(tags);
    }

    @Override
    public String toString() {
        return "NodeRequest[name=" + name + ", offering=" + offering + ", region=" + region + ", tags=" + tags
                + ", userData=(" + userData.length() + " characters, not shown)]";
    }
}
