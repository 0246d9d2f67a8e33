package io.provctl.cost.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.provctl.model.PoolSpec;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON for {@code -o json}, documented in docs/cost-json-schema.md. Every amount is an exact decimal
 * string (never a JSON number, which readers parse as binary floating point) and is not rounded.
 */
public final class CostJsonRenderer {

    public static final String SCHEMA_VERSION = "1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String estimate(CostEstimate e) {
        ObjectNode root = header("estimate");
        root.put("total_hourly", dec(e.hourly()));
        root.put("total_monthly", dec(e.monthly()));
        root.put("complete", e.complete());
        ArrayNode resources = root.putArray("resources");
        e.resources().forEach(r -> resource(resources.addObject(), r));
        ArrayNode assumptions = root.putArray("assumptions");
        e.assumptions().forEach(assumptions::add);
        ArrayNode warnings = root.putArray("warnings");
        e.warnings().forEach(w -> warning(warnings.addObject(), w));
        return write(root);
    }

    public String diff(CostDiff d) {
        ObjectNode root = header("diff");
        root.put("monthly_before", dec(d.monthlyBefore()));
        root.put("monthly_after", dec(d.monthlyAfter()));
        root.put("monthly_delta", dec(d.monthlyDelta()));
        ArrayNode resources = root.putArray("resources");
        for (ResourceDelta r : d.resources()) {
            ObjectNode n = resources.addObject();
            n.put("address", r.id().address());
            n.put("change", r.change().name().toLowerCase(Locale.ROOT));
            optional(n, "before", r.before());
            optional(n, "after", r.after());
            n.put("delta", dec(r.delta()));
        }
        return write(root);
    }

    public String opportunities(List<Opportunity> ops) {
        ObjectNode root = header("optimize");
        ArrayNode list = root.putArray("opportunities");
        for (Opportunity o : ops) {
            ObjectNode n = list.addObject();
            n.put("id", o.id());
            n.put("kind", o.kind().label());
            n.put("resource", o.resource().address());
            n.put("monthly_savings", dec(o.monthlySavings()));
            n.put("risk", o.risk().name().toLowerCase(Locale.ROOT));
            n.put("reason", o.reason());
            ObjectNode change = n.putObject("change");
            change.put("cluster", o.change().cluster());
            ArrayNode pools = change.putArray("replaces_pools");
            o.change().pools().forEach(pools::add);
            pool(change.putObject("pool"), o.change().result());
        }
        return write(root);
    }

    public String budgets(BudgetResult result) {
        ObjectNode root = header("budgets");
        root.put("denied", result.denied());
        ArrayNode list = root.putArray("breaches");
        for (BudgetBreach b : result.breaches()) {
            ObjectNode n = list.addObject();
            n.put("budget", b.budget().name());
            n.put("action", b.budget().action().name().toLowerCase(Locale.ROOT));
            n.put("monthly_limit", dec(b.budget().monthlyLimit()));
            n.put("monthly", dec(b.monthly()));
            n.put("over_by", dec(b.overBy()));
        }
        return write(root);
    }

    public String forecast(Forecast f) {
        ObjectNode root = header("forecast");
        root.put("slope_per_day", dec(f.slopePerDay()));
        root.put("intercept", dec(f.intercept()));
        root.put("residual_standard_error", dec(f.residualStandardError()));
        root.put("observations", f.observations());
        ArrayNode points = root.putArray("points");
        f.points().forEach(p -> {
            ObjectNode n = points.addObject();
            n.put("at", p.at().toString());
            n.put("monthly", dec(p.monthly()));
            n.put("lower", dec(p.lower()));
            n.put("upper", dec(p.upper()));
        });
        ArrayNode assumptions = root.putArray("assumptions");
        f.assumptions().forEach(assumptions::add);
        return write(root);
    }

    private ObjectNode header(String kind) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("kind", kind);
        root.put("currency", "USD");
        return root;
    }

    private static void resource(ObjectNode n, ResourceCost r) {
        n.put("address", r.id().address());
        n.put("kind", r.kind().label());
        n.put("provider", r.provider());
        n.put("region", r.region());
        n.put("priced", r.priced());
        n.put("hourly", dec(r.hourly()));
        n.put("monthly", dec(r.monthly()));
        r.range().ifPresent(x -> {
            ObjectNode range = n.putObject("range");
            range.put("min_size", x.minSize());
            range.put("monthly_at_min", dec(x.monthlyAtMin()));
            range.put("max_size", x.maxSize());
            range.put("monthly_at_max", dec(x.monthlyAtMax()));
        });
        ArrayNode lines = n.putArray("lines");
        for (CostLine l : r.lines()) {
            ObjectNode ln = lines.addObject();
            ln.put("component", l.component());
            ln.put("detail", l.detail());
            ln.put("quantity", dec(l.quantity()));
            ln.put("unit", l.unit());
            optional(ln, "unit_price", l.unitPrice());
            optional(ln, "hourly", l.hourly());
            optional(ln, "monthly", l.monthly());
            l.priceSource().ifPresentOrElse(s -> ln.put("price_source", s), () -> ln.putNull("price_source"));
        }
    }

    private static void warning(ObjectNode n, CostWarning w) {
        n.put("code", w.code());
        n.put("message", w.message());
        w.resource().ifPresentOrElse(r -> n.put("resource", r.address()), () -> n.putNull("resource"));
    }

    private static void pool(ObjectNode n, PoolSpec p) {
        n.put("name", p.name());
        n.put("instance_type", p.instanceType());
        n.put("min_size", p.minSize());
        n.put("max_size", p.maxSize());
        n.put("desired_size", p.desiredSize());
        n.put("spot_enabled", p.spot().enabled());
    }

    private static void optional(ObjectNode n, String field, Optional<BigDecimal> v) {
        v.ifPresentOrElse(x -> n.put(field, dec(x)), () -> n.putNull(field));
    }

    private static String dec(BigDecimal v) {
        return v.toPlainString();
    }

    private String write(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
