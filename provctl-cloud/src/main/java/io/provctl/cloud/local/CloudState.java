package io.provctl.cloud.local;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.provctl.model.ResourceId;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the local cloud holds, keyed by provider ID: the content of its store file. Plan/apply
 * resources and single VMs ({@link LocalVm}, for the operator's nodes) live side by side in one file,
 * so one lock and one atomic rename cover both; a file written before VMs existed reads with none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudState(int version, SortedMap<String, LocalResource> resources, SortedMap<String, LocalVm> vms) {

    public static final int CURRENT_VERSION = 1;

    public CloudState {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
        vms = vms == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(vms));
    }

    public CloudState(int version, SortedMap<String, LocalResource> resources) {
        this(version, resources, new TreeMap<>());
    }

    public static CloudState empty() {
        return new CloudState(CURRENT_VERSION, new TreeMap<>());
    }

    public Optional<LocalVm> vm(String id) {
        return Optional.ofNullable(vms.get(id));
    }

    public CloudState withVm(LocalVm vm) {
        SortedMap<String, LocalVm> out = new TreeMap<>(vms);
        out.put(vm.id(), vm);
        return new CloudState(version, resources, out);
    }

    public CloudState withoutVm(String id) {
        SortedMap<String, LocalVm> out = new TreeMap<>(vms);
        out.remove(id);
        return new CloudState(version, resources, out);
    }

    /** This state without the spot VMs whose interruption deadline has passed, as the provider reclaims them. */
    public CloudState withoutReclaimed(java.time.Instant now) {
        SortedMap<String, LocalVm> out = new TreeMap<>(vms);
        out.values().removeIf(vm -> vm.reclaimedAt(now));
        return out.size() == vms.size() ? this : new CloudState(version, resources, out);
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
        return new CloudState(version, out, vms);
    }

    public CloudState without(String providerId) {
        SortedMap<String, LocalResource> out = new TreeMap<>(resources);
        out.remove(providerId);
        return new CloudState(version, out, vms);
    }
}
