package io.provctl.cloud.local;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.provctl.provider.CapacityType;
import io.provctl.provider.ProviderNode;
import io.provctl.provider.ProviderResource.LifecycleState;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One single VM as the local cloud stores it. The user data is kept only as its SHA-256: it carries a
 * cluster join token, and the store is a plain file that must never hold a secret. {@code capacity} is
 * stored as {@code on-demand} or {@code spot}; stores written before it existed read as on-demand.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalVm(String id, String name, String provider, String offering, String region, LifecycleState state,
                      String ip, SortedMap<String, String> tags, String userDataSha256, Instant createdAt,
                      String capacity) {

    public LocalVm {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        capacity = capacity == null ? CapacityType.ON_DEMAND.label() : CapacityType.parse(capacity).label();
    }

    public CapacityType capacityType() {
        return CapacityType.parse(capacity);
    }

    public boolean taggedWith(String key, String value) {
        return value.equals(tags.get(key));
    }

    public LocalVm withTags(Map<String, String> values) {
        return new LocalVm(id, name, provider, offering, region, state, ip, new TreeMap<>(values), userDataSha256,
                createdAt, capacity);
    }

    public ProviderNode toProviderNode() {
        return new ProviderNode(id, name, offering, region, state, Optional.ofNullable(ip), tags, createdAt,
                capacityType());
    }
}
