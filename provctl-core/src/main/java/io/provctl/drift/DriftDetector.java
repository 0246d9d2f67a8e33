package io.provctl.drift;

import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.provider.ProviderResource;
import io.provctl.store.EventType;
import io.provctl.store.PendingIntent;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the recorded state with what the providers report now. The recorded state is the reference:
 * it is what provctl last made, so any difference at the provider was made behind its back. The
 * configuration only tells apart a resource someone added from one an interrupted apply left behind,
 * and which recorded resources have unapplied configuration changes.
 */
public final class DriftDetector {

    /** Tags the provider adapters set themselves; they are never the user's to drift. */
    private static final String SYSTEM_TAG_PREFIX = "provctl.io/";

    private DriftDetector() {
    }

    public static DriftReport detect(DesiredState desired, StateView recorded, List<ProviderResource> actual,
                                     Instant now) {
        Map<ResourceId, List<ProviderResource>> byAddress = new TreeMap<>();
        actual.forEach(r -> byAddress.computeIfAbsent(r.resourceId(), k -> new ArrayList<>()).add(r));
        List<Drift> drifts = new ArrayList<>();
        for (RecordedResource r : recorded.resources().values()) {
            List<ProviderResource> found = byAddress.getOrDefault(r.id(), List.of());
            if (found.isEmpty()) {
                drifts.add(deleted(r));
                continue;
            }
            ProviderResource match = found.stream().filter(p -> p.providerId().equals(r.providerId())).findFirst()
                    .orElse(found.get(0));
            drifts.addAll(attributeDrifts(r, match));
            drifts.addAll(tagDrifts(r, match, expectedTags(r)));
            found.stream().filter(p -> p != match).forEach(p -> drifts.add(added(p, desired, recorded, true)));
        }
        byAddress.forEach((id, found) -> {
            if (recorded.get(id).isEmpty()) {
                found.forEach(p -> drifts.add(added(p, desired, recorded, false)));
            }
        });
        drifts.sort(Comparator.comparing(Drift::severity).thenComparing(Drift::id)
                .thenComparing(d -> d.attribute().orElse("")));
        return new DriftReport(now, drifts, unapplied(desired, recorded));
    }

    private static Drift deleted(RecordedResource r) {
        return new Drift(r.id(), DriftType.RESOURCE_DELETED,
                DriftRules.severity(DriftType.RESOURCE_DELETED, r.id().kind(), ""), Optional.empty(),
                Optional.of(r.providerId()), Optional.empty(), true,
                r.providerId() + " was deleted outside provctl; remediation records the deletion and creates it"
                        + " again as recorded");
    }

    private static List<Drift> attributeDrifts(RecordedResource r, ProviderResource p) {
        Set<String> names = new TreeSet<>(r.attributes().keySet());
        names.addAll(p.attributes().keySet());
        List<Drift> out = new ArrayList<>();
        for (String name : names) {
            Optional<Object> expected = Optional.ofNullable(r.attributes().get(name));
            Optional<Object> got = Optional.ofNullable(p.attributes().get(name));
            if (!expected.equals(got)) {
                out.add(changed(r.id(), name, expected, got));
            }
        }
        return out;
    }

    /** Only the tags provctl sets are compared: clouds and other tools add their own, which are not drift. */
    private static List<Drift> tagDrifts(RecordedResource r, ProviderResource p, Map<String, Object> expected) {
        List<Drift> out = new ArrayList<>();
        expected.forEach((key, value) -> {
            Optional<Object> got = Optional.ofNullable(p.tags().get(key));
            if (!key.startsWith(SYSTEM_TAG_PREFIX) && !Optional.of(value).equals(got)) {
                out.add(changed(r.id(), "tags." + key, Optional.of(value), got));
            }
        });
        return out;
    }

    private static Drift changed(ResourceId id, String name, Optional<Object> expected, Optional<Object> got) {
        DriftType type = DriftRules.type(name);
        Optional<String> refusal = DriftRules.notRemediable(id, name, expected, got);
        String explanation = refusal.orElse(name + " changed outside provctl from " + DriftRules.render(expected)
                + " to " + DriftRules.render(got) + "; remediation sets it back");
        return new Drift(id, type, DriftRules.severity(type, id.kind(), name), Optional.of(name), expected, got,
                refusal.isEmpty(), explanation);
    }

    /**
     * The cluster resource must carry the cluster's {@code tags}. Other resources are not checked: a
     * provider copies the tags to them when it can (a network made before its cluster has none), so their
     * absence says nothing about drift.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> expectedTags(RecordedResource r) {
        return r.id().kind() != ResourceKind.CLUSTER ? Map.of()
                : Optional.ofNullable(r.attributes().get("tags")).filter(Map.class::isInstance)
                        .map(t -> (Map<String, Object>) t).orElse(Map.of());
    }

    /**
     * An unknown resource is never remediable: deleting what provctl did not record could destroy
     * someone else's work, and one the configuration declares is adopted by the next apply anyway.
     */
    private static Drift added(ProviderResource p, DesiredState desired, StateView recorded, boolean duplicate) {
        boolean interrupted = Optional.ofNullable(recorded.pendingIntents().get(p.resourceId()))
                .map(PendingIntent::intent).filter(EventType.CREATE_INTENT::equals).isPresent();
        String why = duplicate ? "a second resource carries the address of recorded " + p.resourceId()
                + "; delete the one you do not need in the provider's console"
                : interrupted ? "an interrupted apply created it; `provctl apply` adopts it by its tag"
                : desired.get(p.resourceId()).isPresent()
                ? "the configuration declares it but the state does not record it; `provctl apply` adopts it by its tag"
                : "neither the state nor the configuration knows it; provctl never deletes what it did not record,"
                + " so delete it in the provider's console if it is not needed";
        return new Drift(p.resourceId(), DriftType.RESOURCE_ADDED,
                DriftRules.severity(DriftType.RESOURCE_ADDED, p.resourceId().kind(), ""), Optional.empty(),
                Optional.empty(), Optional.of(p.providerId()), false, p.providerId() + ": " + why);
    }

    private static List<ResourceId> unapplied(DesiredState desired, StateView recorded) {
        Set<ResourceId> out = new TreeSet<>();
        for (Resource d : desired.resources().values()) {
            Optional<RecordedResource> r = recorded.get(d.id());
            if (r.isEmpty() || !r.get().attributes().equals(d.attributes())
                    || !Objects.equals(r.get().provider(), d.provider()) || !Objects.equals(r.get().region(), d.region())) {
                out.add(d.id());
            }
        }
        recorded.resources().keySet().stream().filter(id -> desired.get(id).isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }
}
