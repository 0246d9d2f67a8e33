package io.provctl.cli;

import io.provctl.cost.budget.BudgetResult;
import io.provctl.plan.Plan;

/** A plan with its cost changes filled in, and what the budgets say about the cost after it. */
public record CostedPlan(Plan plan, BudgetResult budgets) {

    /**
     * Refuses a plan over a deny budget, naming the budget.
     *
     * @throws io.provctl.cost.budget.BudgetDeniedException when a deny budget is exceeded
     */
    public Plan allowed() {
        budgets.requireAllowed();
        return plan;
    }
}
