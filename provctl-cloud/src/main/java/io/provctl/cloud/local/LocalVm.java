package io.provctl.cloud.local;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.provctl.provider.CapacityType;
import io.provctl.provider.InterruptionNotice;
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
 * {@code interruptedAt} and {@code reclaimAt} are set on a spot VM the cloud has sent an interruption
 * notice for ({@code provctl local interrupt}); the cloud deletes the VM once {@code reclaimAt} has passed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalVm(String id, String name, String provider, String offering, String region, LifecycleState state,
                      String ip, SortedMap<String, String> tags, String userDataSha256, Instant createdAt,
                      String capacity, Instant interruptedAt, Instant reclaimAt) {

    /** The reason every local interruption notice gives. */
    public static final String INTERRUPTION_REASON = "spot capacity reclaimed";

    public LocalVm {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        capacity = capacity == null ? CapacityType.ON_DEMAND.label() : CapacityType.parse(capacity).label();
    }

    public LocalVm(String id, String name, String provider, String offering, String region, LifecycleState state,
                   String ip, SortedMap<String, String> tags, String userDataSha256, Instant createdAt,
                   String capacity) {
        this(id, name, provider, offering, region, state, ip, tags, userDataSha256, createdAt, capacity, null, null);
    }

    public CapacityType capacityType() {
        return CapacityType.parse(capacity);
    }

    public boolean taggedWith(String key, String value) {
        return value.equals(tags.get(key));
    }

    public LocalVm withTags(Map<String, String> values) {
        return new LocalVm(id, name, provider, offering, region, state, ip, new TreeMap<>(values), userDataSha256,
                createdAt, capacity, interruptedAt, reclaimAt);
    }

    /** This VM with an interruption notice issued at {@code at}, to be reclaimed at {@code deadline}. */
    public LocalVm withInterruption(Instant at, Instant deadline) {
        return new LocalVm(id, name, provider, offering, region, state, ip, tags, userDataSha256, createdAt, capacity,
                at, deadline);
    }

    /** The notice the cloud has issued for this VM, if any. */
    public Optional<InterruptionNotice> interruption() {
        return reclaimAt == null ? Optional.empty()
                : Optional.of(new InterruptionNotice(id, interruptedAt == null ? reclaimAt : interruptedAt, reclaimAt,
                        INTERRUPTION_REASON));
    }

    /** Whether the cloud has taken this VM back: it had a notice whose deadline is not after {@code now}. */
    public boolean reclaimedAt(Instant now) {
        return reclaimAt != null && !reclaimAt.isAfter(now);
    }

    public ProviderNode toProviderNode() {
        return new ProviderNode(id, name, offering, region, state, Optional.ofNullable(ip), tags, createdAt,
                capacityType());
    }
}
