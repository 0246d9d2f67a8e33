package io.provctl.cost.render;

import io.provctl.cost.analyze.CostHistory;
import io.provctl.cost.analyze.Forecast;
import io.provctl.cost.budget.BudgetBreach;
import io.provctl.cost.budget.BudgetResult;
import io.provctl.cost.diff.CostDiff;
import io.provctl.cost.diff.ResourceDelta;
import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostLine;
import io.provctl.cost.estimate.CostWarning;
import io.provctl.cost.estimate.ResourceCost;
import io.provctl.cost.optimize.Opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Plain-text tables for the terminal. Money is rounded to cents here and nowhere else. */
public final class CostTextRenderer {

    private static final String UNPRICED = "unpriced";

    public String estimate(CostEstimate e) {
        TextTable t = new TextTable("resource", "component", "detail", "qty", "unit price", "hourly", "monthly",
                "range (min-max)");
        for (ResourceCost r : e.resources()) {
            String range = r.range().map(x -> x.minSize() + "-" + x.maxSize() + " nodes: "
                    + Money.usd(x.monthlyAtMin()) + "-" + Money.usd(x.monthlyAtMax())).orElse("");
            boolean first = true;
            for (CostLine l : r.lines()) {
                t.row(first ? r.id().address() : "", l.component(), l.detail(),
                        l.quantity().toPlainString() + " " + l.unit(),
                        l.unitPrice().map(Money::price).orElse(UNPRICED),
                        l.hourly().map(Money::usd).orElse(UNPRICED), l.monthly().map(Money::usd).orElse(UNPRICED),
                        first ? range : "");
                first = false;
            }
        }
        t.row("TOTAL", "", "", "", "", Money.usd(e.hourly()), Money.usd(e.monthly()), "");
        StringBuilder sb = new StringBuilder(t.render());
        if (!e.complete()) {
            sb.append("\nThe total leaves out unpriced lines (see warnings).\n");
        }
        sb.append(list("Assumptions", e.assumptions()));
        sb.append(list("Warnings", e.warnings().stream().map(CostWarning::message).toList()));
        return sb.toString();
    }

    public String diff(CostDiff d) {
        TextTable t = new TextTable("resource", "change", "before", "after", "delta");
        for (ResourceDelta r : d.resources()) {
            t.row(r.id().address(), r.change().name().toLowerCase(Locale.ROOT), r.before().map(Money::usd).orElse("-"),
                    r.after().map(Money::usd).orElse("-"), Money.signed(r.delta()));
        }
        t.row("TOTAL", "", Money.usd(d.monthlyBefore()), Money.usd(d.monthlyAfter()), Money.signed(d.monthlyDelta()));
        return t.render();
    }

    public String opportunities(List<Opportunity> ops) {
        TextTable t = new TextTable("id", "risk", "monthly savings", "change", "reason");
        for (Opportunity o : ops) {
            t.row(o.id(), o.risk().name(), Money.signed(o.monthlySavings()).replace("+", ""),
                    o.change().result().desiredSize() + " x " + o.change().result().instanceType()
                            + (o.change().result().spot().enabled() ? " (spot)" : "")
                            + " max " + o.change().result().maxSize(), o.reason());
        }
        BigDecimal total = ops.stream().map(Opportunity::monthlySavings).filter(s -> s.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return t.render() + "\nUp to " + Money.usd(total) + " a month if every saving is applied"
                + " (opportunities on the same pool exclude each other).\n";
    }

    public String budgets(BudgetResult result) {
        StringBuilder sb = new StringBuilder();
        for (BudgetBreach b : result.breaches()) {
            sb.append(b.budget().action() == io.provctl.model.BudgetSpec.Action.DENY ? "Error: " : "Warning: ")
                    .append(b.message()).append('\n');
        }
        return sb.toString();
    }

    public String history(CostHistory h) {
        TextTable t = new TextTable("time", "monthly");
        h.totals().forEach(p -> t.row(p.at().toString(), Money.usd(p.monthly())));
        return t.render();
    }

    public String forecast(Forecast f) {
        TextTable t = new TextTable("date", "monthly", "lower (95 %)", "upper (95 %)");
        f.points().forEach(p -> t.row(p.at().toString().substring(0, 10), Money.usd(p.monthly()),
                Money.usd(p.lower()), Money.usd(p.upper())));
        return t.render() + "\nTrend: " + Money.signed(f.slopePerDay()) + " per day (monthly cost), from "
                + f.observations() + " snapshots.\n" + list("Assumptions", f.assumptions());
    }

    private static String list(String title, List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n").append(title).append(":\n");
        items.forEach(i -> sb.append("  - ").append(i).append('\n'));
        return sb.toString();
    }
}
