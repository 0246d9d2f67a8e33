package io.provctl.drift;

import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.plan.ActionType;
import io.provctl.plan.AttributeChange;
import io.provctl.plan.Plan;
import io.provctl.plan.PlannedAction;
import io.provctl.provider.ProviderResource;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the remediable drifts of a report into a plan the ordinary applier runs: an update in place that
 * sets drifted attributes back to their recorded values (starting from what the provider reports, so
 * nothing else moves), and a create for each resource deleted outside provctl. Drift that cannot be
 * remediated stays as it is and is listed as skipped. Never a replacement, never a delete.
 */
public final class RemediationPlanner {

    private RemediationPlanner() {
    }

    public static Remediation plan(DriftReport report, StateView recorded, List<ProviderResource> actual,
                                   Instant now) {
        Map<ResourceId, List<Drift>> byResource = new TreeMap<>();
        report.remediable().forEach(d -> byResource.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d));
        List<NewEvent> corrections = new ArrayList<>();
        List<PlannedAction> actions = new ArrayList<>();
        byResource.forEach((id, drifts) -> {
            RecordedResource r = recorded.get(id).orElseThrow();
            if (drifts.stream().anyMatch(d -> d.type() == DriftType.RESOURCE_DELETED)) {
                corrections.add(NewEvent.of(EventType.RESOURCE_DELETED, id, Map.of("provider_id", r.providerId(),
                        "reason", "deleted outside provctl (drift)")));
                actions.add(recreate(r));
            } else {
                actions.add(update(r, provided(actual, r), drifts));
            }
        });
        actions.sort(Comparator.comparing((PlannedAction a) -> a.id().kind().ordinal()).thenComparing(PlannedAction::id));
        long serial = recorded.serial() + corrections.size();
        List<Drift> skipped = report.drifts().stream().filter(d -> !d.remediable()).toList();
        Plan plan = new Plan(recorded.lineage(), serial, now, List.of(), actions,
                skipped.stream().map(d -> "not remediated: " + d.id() + ": " + d.explanation()).toList());
        return new Remediation(corrections, plan, skipped);
    }

    private static ProviderResource provided(List<ProviderResource> actual, RecordedResource r) {
        return actual.stream().filter(p -> p.resourceId().equals(r.id()))
                .min(Comparator.comparing((ProviderResource p) -> !p.providerId().equals(r.providerId())))
                .orElseThrow();
    }

    private static PlannedAction recreate(RecordedResource r) {
        List<AttributeChange> changes = new ArrayList<>();
        r.attributes().forEach((k, v) -> changes.add(new AttributeChange(k, Optional.empty(), Optional.of(v), false)));
        return new PlannedAction(r.id(), ActionType.CREATE, Optional.empty(), Optional.of(asDesired(r, r.attributes())),
                changes, List.of("deleted outside provctl"), Optional.empty());
    }

    /**
     * Starts from the provider's attributes, so drift that is not remediated (an out-of-band upgrade) is
     * left alone, and sets the remediable ones back. Tag drift needs no attribute change: updating a
     * resource rewrites the tags provctl sets.
     */
    private static PlannedAction update(RecordedResource r, ProviderResource p, List<Drift> drifts) {
        SortedMap<String, Object> after = new TreeMap<>(p.attributes());
        List<AttributeChange> changes = new ArrayList<>();
        for (Drift d : drifts) {
            String name = d.attribute().orElseThrow();
            if (!name.startsWith("tags.")) {
                d.expected().ifPresentOrElse(v -> after.put(name, v), () -> after.remove(name));
            }
            changes.add(new AttributeChange(name, d.actual(), d.expected(), false));
        }
        RecordedResource before = new RecordedResource(r.id(), p.providerId(), r.provider(), r.region(),
                p.attributes(), r.createdAt(), r.updatedAt());
        return new PlannedAction(r.id(), ActionType.UPDATE, Optional.of(before), Optional.of(asDesired(r, after)),
                changes, List.of("drift"), Optional.empty());
    }

    private static Resource asDesired(RecordedResource r, SortedMap<String, Object> attributes) {
        return new Resource(r.id(), r.provider(), r.region(), attributes, new TreeSet<>(r.id().dependency().stream().toList()));
    }
}
