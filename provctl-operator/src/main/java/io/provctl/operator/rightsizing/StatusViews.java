package io.provctl.operator.rightsizing;

import io.provctl.operator.api.v1alpha1.costoptimization.DailyPatternStatus;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationTypeName;
import io.provctl.operator.api.v1alpha1.costoptimization.RecommendationStatus;
import io.provctl.operator.api.v1alpha1.costoptimization.RiskLevelName;
import io.provctl.operator.api.v1alpha1.costoptimization.ScheduleRangeStatus;
import io.provctl.rightsizing.ContainerChange;
import io.provctl.rightsizing.Quantities;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.ReplicaChange;
import io.provctl.rightsizing.schedule.ReplicaSchedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pure conversions from rightsizing values to what the status shows. */
public final class StatusViews {

    private StatusViews() {
    }

    public static RecommendationStatus recommendation(Recommendation r) {
        RecommendationStatus s = new RecommendationStatus();
        s.setType(OptimizationTypeName.valueOf(r.type().name()));
        s.setCurrentMonthlyCost(money(r.currentMonthlyCost()));
        s.setOptimizedMonthlyCost(money(r.optimizedMonthlyCost()));
        s.setMonthlySavings(money(r.monthlySavings()));
        s.setConfidence(Math.round(r.confidence() * 1000) / 1000.0);
        s.setRisk(RiskLevelName.valueOf(r.riskLevel().name()));
        s.setChanges(changes(r));
        s.setPricing(r.pricingBasis());
        r.schedule().ifPresent(schedule -> {
            s.setSchedule(schedule.ranges().stream()
                    .map(h -> new ScheduleRangeStatus(h.fromHour(), h.toHour(), h.replicas())).toList());
            s.setDailyPattern(dailyPattern(schedule));
        });
        return s;
    }

    public static DailyPatternStatus dailyPattern(ReplicaSchedule schedule) {
        DailyPatternStatus p = new DailyPatternStatus();
        p.setPeakHour(schedule.peakHour());
        p.setPeakCpu(Quantities.cpu(Math.round(schedule.hourlyMeanMillis().get(schedule.peakHour()))));
        p.setTroughHour(schedule.troughHour());
        p.setTroughCpu(Quantities.cpu(Math.round(schedule.hourlyMeanMillis().get(schedule.troughHour()))));
        p.setPeakToTroughFactor(Math.round(schedule.peakToTroughFactor() * 100) / 100.0);
        p.setHistoryDays(Math.round(schedule.historyDays() * 10) / 10.0);
        return p;
    }

    /** One line per changed container and one for changed replicas, e.g. {@code app: cpu 1 -> 250m, memory 1Gi -> 300Mi}. */
    public static List<String> changes(Recommendation r) {
        List<String> out = new ArrayList<>();
        for (ContainerChange c : r.containers().stream().filter(ContainerChange::changes).toList()) {
            out.add(c.container() + ": cpu " + Quantities.cpu(c.before().cpuMillicores()) + " -> "
                    + Quantities.cpu(c.after().cpuMillicores()) + ", memory "
                    + Quantities.memory(c.before().memoryBytes()) + " -> " + Quantities.memory(c.after().memoryBytes()));
        }
        r.replicas().filter(ReplicaChange::changes).ifPresent(rc -> out.add("replicas " + rc.before() + " -> " + rc.after()));
        r.placement().ifPresent(p -> out.addAll(p.describe()));
        return out;
    }

    public static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code total} plus {@code delta}, where an absent total counts as zero. */
    public static String add(String total, BigDecimal delta) {
        return money(Optional.ofNullable(total).map(BigDecimal::new).orElse(BigDecimal.ZERO).add(delta));
    }
}
