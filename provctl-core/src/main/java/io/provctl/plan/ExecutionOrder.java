package io.provctl.plan;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Orders actions so that running them one by one is always valid: deletes first, dependents before
 * what they depend on; then creates, updates and replacements, dependencies first. The resource kinds
 * are declared in dependency order, so the kind's ordinal is the depth in the graph.
 */
final class ExecutionOrder {

    private ExecutionOrder() {
    }

    static List<PlannedAction> sort(Collection<PlannedAction> actions) {
        Comparator<PlannedAction> order = Comparator
                .comparing((PlannedAction a) -> a.type() == ActionType.DELETE ? 0 : 1)
                .thenComparing(a -> a.type() == ActionType.DELETE ? -depth(a) : depth(a))
                .thenComparing(PlannedAction::id);
        return actions.stream().sorted(order).toList();
    }

    private static int depth(PlannedAction a) {
        return a.id().kind().ordinal();
    }
}
