package io.provctl.plan;

import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A plan is a value: computed from desired and recorded state, rendered separately, and applied
 * later, possibly from a file. {@code lineage} and {@code serial} pin the state it was made against,
 * so applying it after the state moved on is refused as stale.
 */
public record Plan(String lineage, long serial, Instant createdAt, List<ResourceId> targets,
                   List<PlannedAction> actions, List<String> warnings) {

    public static final String FORMAT_VERSION = "1";

    public Plan {
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }

    public boolean hasChanges() {
        return !actions.isEmpty();
    }

    public long count(ActionType type) {
        return actions.stream().filter(a -> a.type() == type).count();
    }

    /** Resources added, counting each replacement once as an addition, as Terraform does. */
    public long toAdd() {
        return count(ActionType.CREATE) + count(ActionType.REPLACE);
    }

    public long toChange() {
        return count(ActionType.UPDATE);
    }

    public long toDestroy() {
        return count(ActionType.DELETE) + count(ActionType.REPLACE);
    }

    /** The sum of the actions' monthly cost deltas, when at least one is known. */
    public Optional<BigDecimal> monthlyCostDelta() {
        return actions.stream().map(PlannedAction::monthlyCostDelta).flatMap(Optional::stream)
                .reduce(BigDecimal::add);
    }

    public Plan withActions(UnaryOperator<PlannedAction> change) {
        return new Plan(lineage, serial, createdAt, targets, actions.stream().map(change).toList(), warnings);
    }

    public Plan withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Plan(lineage, serial, createdAt, targets, actions, all);
    }
}
