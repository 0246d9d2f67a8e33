package io.provctl.snapshot;

import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.plan.ActionType;
import io.provctl.plan.Plan;
import io.provctl.plan.PlannedAction;
import io.provctl.store.StateView;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Decides which automatic snapshot an apply or destroy takes, and what configuration it holds. */
public final class AutomaticSnapshots {

    private AutomaticSnapshots() {
    }

    /**
     * The trigger for a snapshot before {@code plan} runs, if the policy wants one: pre_delete for a
     * destroy, pre_upgrade when a control plane's version changes (it says more than pre_apply, so it is
     * taken instead), pre_apply otherwise.
     */
    public static Optional<SnapshotTrigger> before(Plan plan, boolean destroy, SnapshotPolicy policy) {
        if (!plan.hasChanges()) {
            return Optional.empty();
        }
        if (destroy) {
            return Optional.of(SnapshotTrigger.PRE_DELETE).filter(policy::takes);
        }
        if (upgrades(plan) && policy.takes(SnapshotTrigger.PRE_UPGRADE)) {
            return Optional.of(SnapshotTrigger.PRE_UPGRADE);
        }
        return Optional.of(SnapshotTrigger.PRE_APPLY).filter(policy::takes);
    }

    /** True when the plan changes the Kubernetes version of a control plane that exists. */
    public static boolean upgrades(Plan plan) {
        return plan.actions().stream().filter(a -> a.id().kind() == ResourceKind.CONTROL_PLANE)
                .filter(a -> a.type() != ActionType.CREATE && a.type() != ActionType.DELETE)
                .anyMatch(a -> a.changes().stream().anyMatch(c -> c.name().equals("version")));
    }

    /** What the configuration asks for once {@code plan} has run over {@code current}. */
    public static DesiredState outcome(StateView current, Plan plan) {
        SortedMap<ResourceId, Resource> out = new TreeMap<>(Snapshot.asDesired(current.resources()).resources());
        for (PlannedAction a : plan.actions()) {
            if (a.type() == ActionType.DELETE) {
                out.remove(a.id());
            } else {
                a.after().ifPresent(r -> out.put(r.id(), r));
            }
        }
        return new DesiredState(out);
    }
}
