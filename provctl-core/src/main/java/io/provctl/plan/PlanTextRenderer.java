package io.provctl.plan;

import io.provctl.model.Attributes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Renders a plan the way Terraform users read one: a block per action, then the summary line. */
public final class PlanTextRenderer {

    private PlanTextRenderer() {
    }

    public static String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        plan.warnings().forEach(w -> out.append("Warning: ").append(w).append('\n'));
        if (!plan.warnings().isEmpty()) {
            out.append('\n');
        }
        if (!plan.hasChanges()) {
            return out.append("No changes. Your infrastructure matches the configuration.\n").toString();
        }
        out.append("provctl will perform the following actions:\n\n");
        plan.actions().forEach(a -> renderAction(out, a));
        out.append(summary(plan)).append('\n');
        plan.monthlyCostDelta().ifPresent(d -> out.append("Monthly cost change: ").append(money(d)).append('\n'));
        return out.toString();
    }

    /** {@code Plan: X to add, Y to change, Z to destroy.} */
    public static String summary(Plan plan) {
        return "Plan: " + plan.toAdd() + " to add, " + plan.toChange() + " to change, " + plan.toDestroy()
                + " to destroy.";
    }

    /** A signed amount in dollars rounded to cents: {@code +$12.34}, {@code -$5.00}. */
    public static String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_EVEN);
        return (cents.signum() < 0 ? "-$" : "+$") + cents.abs().toPlainString();
    }

    private static void renderAction(StringBuilder out, PlannedAction a) {
        out.append("  # ").append(a.id()).append(' ').append(headline(a.type())).append('\n');
        a.reasons().stream().filter(r -> a.type() == ActionType.REPLACE && r.startsWith("depends on"))
                .forEach(r -> out.append("  # (").append(r).append(")\n"));
        out.append(pad(a.type().symbol())).append(a.id()).append('\n');
        switch (a.type()) {
            case CREATE -> a.after().orElseThrow().attributes()
                    .forEach((k, v) -> out.append("      + ").append(k).append(" = ").append(Attributes.render(v)).append('\n'));
            case DELETE -> out.append("      (").append(String.join("; ", a.reasons())).append(")\n");
            default -> a.changes().forEach(c -> out.append(change(c)));
        }
        a.monthlyCostDelta().ifPresent(d -> out.append("      monthly cost: ").append(money(d)).append('\n'));
        out.append('\n');
    }

    private static String change(AttributeChange c) {
        String symbol = c.before().isEmpty() ? "+" : c.after().isEmpty() ? "-" : "~";
        String text = "      " + symbol + " " + c.name() + " = " + value(c.before());
        if (c.before().isPresent() && c.after().isPresent()) {
            text = "      ~ " + c.name() + " = " + value(c.before()) + " -> " + value(c.after());
        } else if (c.after().isPresent()) {
            text = "      + " + c.name() + " = " + value(c.after());
        }
        return text + (c.forcesReplacement() ? " # forces replacement" : "") + "\n";
    }

    private static String value(Optional<Object> v) {
        return v.map(Attributes::render).orElse("null");
    }

    private static String headline(ActionType type) {
        return switch (type) {
            case CREATE -> "will be created";
            case UPDATE -> "will be updated in-place";
            case REPLACE -> "must be replaced";
            case DELETE -> "will be destroyed";
        };
    }

    private static String pad(String symbol) {
        return " ".repeat(Math.max(0, 3 - symbol.length())) + symbol + " ";
    }
}
