package io.provctl.cloud.local;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.provctl.model.ResourceId;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything the local cloud holds, keyed by provider ID: the content of its store file. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudState(int version, SortedMap<String, LocalResource> resources) {

    public static final int CURRENT_VERSION = 1;

    public CloudState {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public static CloudState empty() {
        return new CloudState(CURRENT_VERSION, new TreeMap<>());
    }

    public Optional<LocalResource> get(String providerId) {
        return Optional.ofNullable(resources.get(providerId));
    }

    /** Resources whose address tag is {@code id}, oldest first (a careless caller may have made several). */
    public List<LocalResource> byAddress(ResourceId id) {
        return resources.values().stream()
                .filter(r -> r.address().filter(id::equals).isPresent())
                .sorted(Comparator.comparing(LocalResource::createdAt).thenComparing(LocalResource::providerId))
                .toList();
    }

    public CloudState with(LocalResource resource) {
        SortedMap<String, LocalResource> out = new TreeMap<>(resources);
        out.put(resource.providerId(), resource);
        return new CloudState(version, out);
    }

    public CloudState without(String providerId) {
        SortedMap<String, LocalResource> out = new TreeMap<>(resources);
        out.remove(providerId);
        return new CloudState(version, out);
    }
}
