package io.provctl.plan;

import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares desired state with recorded state and yields the actions that make them equal: create,
 * update in place, replace (-/+) and delete. A replaced resource replaces what depends on it, since a
 * node pool cannot outlive the cluster it belongs to. Actions come in execution order: dependencies
 * first for creates and updates, dependents first for deletes.
 */
public final class Planner {

    private final Clock clock;

    public Planner(Clock clock) {
        this.clock = clock;
    }

    public Plan plan(DesiredState desired, StateView current, Collection<ResourceId> targets) {
        Map<ResourceId, PlannedAction> actions = new TreeMap<>();
        for (Resource r : desired.resources().values()) {
            diff(r, current.get(r.id())).ifPresent(a -> actions.put(a.id(), a));
        }
        for (RecordedResource r : current.resources().values()) {
            if (desired.get(r.id()).isEmpty()) {
                actions.put(r.id(), delete(r));
            }
        }
        cascadeReplacements(desired, current, actions);
        Set<ResourceId> scope = targets.isEmpty() ? null : TargetScope.of(targets, desired, current);
        List<PlannedAction> ordered = ExecutionOrder.sort(actions.values()).stream()
                .filter(a -> scope == null || scope.contains(a.id()))
                .toList();
        return new Plan(current.lineage(), current.serial(), clock.instant(), List.copyOf(new TreeSet<>(targets)),
                ordered, List.of());
    }

    private static Optional<PlannedAction> diff(Resource desired, Optional<RecordedResource> recorded) {
        if (recorded.isEmpty()) {
            return Optional.of(new PlannedAction(desired.id(), ActionType.CREATE, Optional.empty(),
                    Optional.of(desired), changes(desired, Map.of()), List.of(), Optional.empty()));
        }
        RecordedResource before = recorded.get();
        List<AttributeChange> changes = changes(desired, locationAndAttributes(before));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        List<String> reasons = changes.stream().filter(AttributeChange::forcesReplacement)
                .map(c -> c.name() + " forces replacement").toList();
        ActionType type = reasons.isEmpty() ? ActionType.UPDATE : ActionType.REPLACE;
        return Optional.of(new PlannedAction(desired.id(), type, recorded, Optional.of(desired), changes, reasons,
                Optional.empty()));
    }

    private static PlannedAction delete(RecordedResource r) {
        List<AttributeChange> changes = new ArrayList<>();
        r.attributes().forEach((k, v) -> changes.add(new AttributeChange(k, Optional.of(v), Optional.empty(), false)));
        return new PlannedAction(r.id(), ActionType.DELETE, Optional.of(r), Optional.empty(), changes,
                List.of("not in the configuration"), Optional.empty());
    }

    /** Provider and region are compared like attributes: moving a resource means replacing it. */
    private static Map<String, Object> locationAndAttributes(RecordedResource r) {
        Map<String, Object> all = new HashMap<>(r.attributes());
        all.put("provider", r.provider());
        all.put("region", r.region());
        return all;
    }

    private static List<AttributeChange> changes(Resource desired, Map<String, Object> before) {
        SortedMap<String, Object> after = new TreeMap<>(desired.attributes());
        if (!before.isEmpty()) {
            after.put("provider", desired.provider());
            after.put("region", desired.region());
        }
        Set<String> names = new TreeSet<>(after.keySet());
        names.addAll(before.keySet());
        List<AttributeChange> out = new ArrayList<>();
        for (String name : names) {
            Optional<Object> b = Optional.ofNullable(before.get(name));
            Optional<Object> a = Optional.ofNullable(after.get(name));
            if (!b.equals(a)) {
                boolean forces = !before.isEmpty() && ReplacementRules.forcesReplacement(desired.kind(), name, b, a);
                out.add(new AttributeChange(name, b, a, forces));
            }
        }
        return out;
    }

    /** Everything that depends on a replaced resource is replaced with it, changed or not. */
    private static void cascadeReplacements(DesiredState desired, StateView current,
                                            Map<ResourceId, PlannedAction> actions) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Resource r : desired.resources().values()) {
                Optional<PlannedAction> own = Optional.ofNullable(actions.get(r.id()));
                boolean open = own.map(a -> a.type() == ActionType.UPDATE).orElse(current.get(r.id()).isPresent());
                Optional<ResourceId> replacedDep = r.dependsOn().stream()
                        .filter(d -> actions.containsKey(d) && actions.get(d).type() == ActionType.REPLACE)
                        .findFirst();
                if (open && replacedDep.isPresent()) {
                    actions.put(r.id(), cascaded(own, r, current.get(r.id()).orElseThrow(), replacedDep.get()));
                    changed = true;
                }
            }
        }
    }

    private static PlannedAction cascaded(Optional<PlannedAction> own, Resource r, RecordedResource before,
                                          ResourceId dep) {
        List<String> reasons = new ArrayList<>(own.map(PlannedAction::reasons).orElse(List.of()));
        reasons.add("depends on " + dep + ", which is replaced");
        return new PlannedAction(r.id(), ActionType.REPLACE, Optional.of(before), Optional.of(r),
                own.map(PlannedAction::changes).orElse(List.of()), reasons, Optional.empty());
    }
}
