package io.provctl.model;

import java.math.BigDecimal;

/** A {@code budget "<name>" { monthly_limit = …, action = "warn" | "deny" }} block. */
public record BudgetSpec(String name, BigDecimal monthlyLimit, Action action, SourcePosition position) {

    /** What a plan over the limit does. */
    public enum Action { WARN, DENY }
}
