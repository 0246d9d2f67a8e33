package io.provctl.cost.budget;

import io.provctl.model.BudgetSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One budget the estimated monthly total goes over. */
public record BudgetBreach(BudgetSpec budget, BigDecimal monthly) {

    public BigDecimal overBy() {
        return monthly.subtract(budget.monthlyLimit());
    }

    public String message() {
        return "budget \"" + budget.name() + "\" (" + budget.action().name().toLowerCase() + "): monthly cost $"
                + cents(monthly) + " exceeds the limit of $" + cents(budget.monthlyLimit()) + " by $"
                + cents(overBy());
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
