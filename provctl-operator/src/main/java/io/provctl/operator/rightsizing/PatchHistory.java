package io.provctl.operator.rightsizing;

import io.provctl.rightsizing.apply.ContainerPatch;
import io.provctl.rightsizing.apply.ReplicaPatch;
import io.provctl.rightsizing.apply.WorkloadPatch;
import io.provctl.rightsizing.placement.PlacementChange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Folds successive changes into one record of the originals: a second change on top of a kept first
 * one must still roll back (and, on deletion, restore) to what the workload had before provctl
 * touched it, not to the intermediate size.
 */
public final class PatchHistory {

    private PatchHistory() {
    }

    /** {@code next}'s after-values with the earliest before-values known for each container, replicas and placement. */
    public static WorkloadPatch fold(WorkloadPatch earlier, WorkloadPatch next) {
        Map<String, ContainerPatch> byName = new LinkedHashMap<>();
        earlier.containers().forEach(c -> byName.put(c.container(), c));
        next.containers().forEach(c -> byName.merge(c.container(), c,
                (old, now) -> new ContainerPatch(old.before(), now.after())));
        Optional<ReplicaPatch> replicas = next.replicas()
                .map(r -> new ReplicaPatch(earlier.replicas().map(ReplicaPatch::before).orElse(r.before()), r.after()))
                .or(earlier::replicas);
        Optional<PlacementChange> placement = next.placement()
                .map(p -> new PlacementChange(earlier.placement().map(PlacementChange::before).orElse(p.before()),
                        p.after()))
                .or(earlier::placement);
        return new WorkloadPatch(next.workload(), byName.values().stream().toList(), replicas, placement);
    }
}
