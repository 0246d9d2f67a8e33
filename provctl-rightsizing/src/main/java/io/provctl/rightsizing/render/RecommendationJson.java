package io.provctl.rightsizing.render;

import io.provctl.rightsizing.Analysis;
import io.provctl.rightsizing.ContainerChange;
import io.provctl.rightsizing.ContainerEstimate;
import io.provctl.rightsizing.NotApplicable;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.ReplicaChange;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.schedule.ReplicaSchedule;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An analysis as plain maps for JSON: CPU in millicores, memory in bytes, money in dollars as strings
 * with two decimals (never a binary float), confidence with three.
 */
public final class RecommendationJson {

    private RecommendationJson() {
    }

    public static Map<String, Object> toMap(Analysis a) {
        if (a instanceof Recommendation r) {
            return recommendation(r);
        }
        return notApplicable((NotApplicable) a);
    }

    private static Map<String, Object> notApplicable(NotApplicable n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", n.workload().toString());
        m.put("type", n.type().name());
        m.put("applicable", false);
        m.put("reason", n.reason());
        return m;
    }

    private static Map<String, Object> recommendation(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", r.workload().toString());
        m.put("type", r.type().name());
        m.put("applicable", true);
        m.put("window", r.window().label());
        m.put("analyzedAt", r.analyzedAt().toString());
        m.put("containers", r.containers().stream().map(RecommendationJson::container).toList());
        r.replicas().ifPresent(rc -> m.put("replicas", replicas(rc)));
        r.schedule().ifPresent(s -> m.put("schedule", schedule(s)));
        r.placement().ifPresent(p -> m.put("placement", Map.of("changes", p.describe())));
        m.put("currentMonthlyCost", r.currentMonthlyCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        m.put("optimizedMonthlyCost", r.optimizedMonthlyCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        m.put("monthlySavings", r.monthlySavings().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        m.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        m.put("risk", r.riskLevel().name());
        m.put("riskReasons", r.risk().reasons());
        m.put("pricing", r.pricingBasis());
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> container(ContainerChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.container());
        m.put("before", resources(c.before()));
        m.put("after", resources(c.after()));
        m.put("capped", c.capped());
        m.putAll(estimate(c.estimate()));
        m.put("oomKills", c.estimate().oomKills());
        return m;
    }

    /**
     * Exactly {@code target}, {@code lowerBound}, {@code upperBound} (each {@code cpu} in millicores and
     * {@code memory} in bytes) and {@code confidence} (the score, three decimals).
     */
    public static Map<String, Object> estimate(ContainerEstimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", resources(e.target()));
        m.put("lowerBound", resources(e.lowerBound()));
        m.put("upperBound", resources(e.upperBound()));
        m.put("confidence", Math.round(e.confidence().score() * 1000) / 1000.0);
        return m;
    }

    /** The ranges (UTC hours, end exclusive) and the daily pattern behind them, CPU in millicores. */
    private static Map<String, Object> schedule(ReplicaSchedule s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ranges", s.ranges().stream().map(r -> Map.of("fromHour", r.fromHour(), "toHour", r.toHour(),
                "replicas", r.replicas())).toList());
        m.put("hourlyMeanCpu", s.hourlyMeanMillis().stream().map(Math::round).toList());
        m.put("peakToTroughFactor", Math.round(s.peakToTroughFactor() * 100) / 100.0);
        return m;
    }

    private static Map<String, Object> replicas(ReplicaChange rc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", rc.before());
        m.put("after", rc.after());
        m.put("recommended", rc.recommended());
        return m;
    }

    private static Map<String, Object> resources(Resources r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", r.cpuMillicores());
        m.put("memory", r.memoryBytes());
        return m;
    }
}
