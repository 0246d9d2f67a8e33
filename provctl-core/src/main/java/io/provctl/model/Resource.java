package io.provctl.model;

import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One resource as the configuration wants it: its address, where it lives, its canonical attributes
 * and the resources that must exist before it.
 */
public record Resource(ResourceId id, String provider, String region, SortedMap<String, Object> attributes,
                       SortedSet<ResourceId> dependsOn) {

    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        attributes = Attributes.canonicalMap(attributes);
        dependsOn = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(dependsOn));
    }

    public static Resource of(ResourceId id, String provider, String region,
                              java.util.Map<String, ?> attributes, Set<ResourceId> dependsOn) {
        return new Resource(id, provider, region, Attributes.canonicalMap(attributes), new TreeSet<>(dependsOn));
    }

    public ResourceKind kind() {
        return id.kind();
    }
}
