package io.provctl.cost.budget;

import io.provctl.model.BudgetSpec;

import java.util.List;

/** The budgets a plan exceeds. A plan with any {@code deny} breach must not be applied. */
public record BudgetResult(List<BudgetBreach> breaches) {

    public BudgetResult {
        breaches = List.copyOf(breaches);
    }

    public boolean denied() {
        return !denials().isEmpty();
    }

    public List<BudgetBreach> denials() {
        return breaches.stream().filter(b -> b.budget().action() == BudgetSpec.Action.DENY).toList();
    }

    public List<BudgetBreach> warnings() {
        return breaches.stream().filter(b -> b.budget().action() == BudgetSpec.Action.WARN).toList();
    }

    /** Throws when a deny budget is exceeded, naming every such budget. */
    public void requireAllowed() {
        if (denied()) {
            throw new BudgetDeniedException(denials());
        }
    }
}
