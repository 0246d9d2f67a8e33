package io.provctl.cost.budget;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.model.BudgetSpec;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Checks an estimated monthly total against the configuration's budgets. A budget applies to the whole
 * configuration; reaching the limit exactly is within budget.
 */
public final class BudgetCheck {

    private BudgetCheck() {
    }

    public static BudgetResult check(Collection<BudgetSpec> budgets, BigDecimal monthly) {
        List<BudgetBreach> breaches = budgets.stream()
                .filter(b -> monthly.compareTo(b.monthlyLimit()) > 0)
                .map(b -> new BudgetBreach(b, monthly))
                .toList();
        return new BudgetResult(breaches);
    }

    public static BudgetResult check(Collection<BudgetSpec> budgets, CostEstimate estimate) {
        return check(budgets, estimate.monthly());
    }
}
