package io.provctl.snapshot;

import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The desired configuration and the recorded state at one point in time. {@code checksum} is the SHA-256
 * of the canonical JSON form of everything else ({@link SnapshotJson#checksum}), so any change to a stored
 * snapshot is found before it is used.
 */
public record Snapshot(String id, Instant createdAt, SnapshotTrigger trigger, String description, String lineage,
                       long serial, DesiredState configuration, SortedMap<ResourceId, RecordedResource> resources,
                       String checksum) {

    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    /** The recorded resources as a desired state: what restore makes the infrastructure match. */
    public DesiredState recordedAsDesired() {
        return asDesired(resources);
    }

    /** Recorded resources as the desired state that would keep them as they are. */
    public static DesiredState asDesired(SortedMap<ResourceId, RecordedResource> recorded) {
        SortedMap<ResourceId, Resource> out = new TreeMap<>();
        recorded.values().forEach(r -> out.put(r.id(), new Resource(r.id(), r.provider(), r.region(),
                r.attributes(), new TreeSet<>(r.id().dependency().stream().toList()))));
        return new DesiredState(out);
    }

    public Snapshot withChecksum(String value) {
        return new Snapshot(id, createdAt, trigger, description, lineage, serial, configuration, resources, value);
    }
}
