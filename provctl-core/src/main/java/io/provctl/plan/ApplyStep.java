package io.provctl.plan;

import io.provctl.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * One provider call of an apply. A replacement is two steps, delete then create, so that a replaced
 * pool's old nodes go before its cluster's and its new ones come after the new cluster.
 */
public record ApplyStep(PlannedAction action, Phase phase) {

    public ResourceId id() {
        return action.id();
    }

    /** What the step does at the provider. */
    public enum Phase { CREATE, UPDATE, DELETE }

    /** The steps of a plan, in the plan's order. */
    public static List<ApplyStep> of(Plan plan) {
        List<ApplyStep> deletes = new ArrayList<>();
        List<ApplyStep> others = new ArrayList<>();
        for (PlannedAction a : plan.actions()) {
            switch (a.type()) {
                case CREATE -> others.add(new ApplyStep(a, Phase.CREATE));
                case UPDATE -> others.add(new ApplyStep(a, Phase.UPDATE));
                case DELETE -> deletes.add(new ApplyStep(a, Phase.DELETE));
                case REPLACE -> {
                    deletes.add(new ApplyStep(a, Phase.DELETE));
                    others.add(new ApplyStep(a, Phase.CREATE));
                }
            }
        }
        deletes.sort(java.util.Comparator.comparing((ApplyStep s) -> -s.id().kind().ordinal()).thenComparing(ApplyStep::id));
        deletes.addAll(others);
        return deletes;
    }

    /** Whether this step must wait for {@code other}. */
    public boolean waitsFor(ApplyStep other) {
        if (other.phase == Phase.DELETE) {
            boolean dependentGoesFirst = phase == Phase.DELETE && other.id().dependency().filter(id()::equals).isPresent();
            boolean ownDeleteFirst = phase == Phase.CREATE && other.id().equals(id());
            return dependentGoesFirst || ownDeleteFirst;
        }
        return phase != Phase.DELETE && id().dependency().filter(other.id()::equals).isPresent();
    }
}
