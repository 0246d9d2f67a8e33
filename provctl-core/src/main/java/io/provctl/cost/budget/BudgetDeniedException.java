package io.provctl.cost.budget;

import java.util.List;
import java.util.stream.Collectors;

/** A plan goes over a {@code deny} budget; nothing may be applied. The message names the budgets. */
public class BudgetDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<BudgetBreach> denials;

    public BudgetDeniedException(List<BudgetBreach> denials) {
        super("plan denied by budget: " + denials.stream().map(BudgetBreach::message)
                .collect(Collectors.joining("; ")));
        this.denials = List.copyOf(denials);
    }

    public List<BudgetBreach> denials() {
        return denials;
    }
}
