package io.provctl.rightsizing;

import java.util.Objects;

/**
 * The spec of a CostOptimization, minus its target: what may change and what guards an automatic
 * change. Every field acts somewhere: type and window in the {@link Recommender}, maxChangePercent in
 * the recommender's caps and the gate, confidence, risk, dryRun and autoApply in {@link AutoApplyGate},
 * rollbackOnFailure in {@link RollbackAdvisor}, the schedule in {@link AnalysisSchedule}.
 */
public record OptimizationPolicy(OptimizationType type, int maxChangePercent, double minConfidence,
                                 RiskLevel maxRiskLevel, boolean dryRun, boolean autoApply,
                                 boolean rollbackOnFailure, MetricsWindow metricsWindow, AnalysisSchedule schedule) {

    public OptimizationPolicy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maxRiskLevel, "maxRiskLevel");
        Objects.requireNonNull(metricsWindow, "metricsWindow");
        Objects.requireNonNull(schedule, "schedule");
        if (maxChangePercent < 1 || maxChangePercent > 100) {
            throw new IllegalArgumentException("maxChangePercent must be within 1..100: " + maxChangePercent);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be within 0..1: " + minConfidence);
        }
    }

    /** The CRD defaults: 50 %, 0.7, MEDIUM, dry run, no auto-apply, roll back on failure, 7 days, every 6 h. */
    public static OptimizationPolicy defaults(OptimizationType type) {
        return new OptimizationPolicy(type, 50, 0.7, RiskLevel.MEDIUM, true, false, true, MetricsWindow.SEVEN_DAYS,
                AnalysisSchedule.standard());
    }

    public OptimizationPolicy withMaxChangePercent(int p) {
        return new OptimizationPolicy(type, p, minConfidence, maxRiskLevel, dryRun, autoApply, rollbackOnFailure,
                metricsWindow, schedule);
    }

    public OptimizationPolicy withMinConfidence(double c) {
        return new OptimizationPolicy(type, maxChangePercent, c, maxRiskLevel, dryRun, autoApply, rollbackOnFailure,
                metricsWindow, schedule);
    }

    public OptimizationPolicy withMaxRiskLevel(RiskLevel r) {
        return new OptimizationPolicy(type, maxChangePercent, minConfidence, r, dryRun, autoApply, rollbackOnFailure,
                metricsWindow, schedule);
    }

    /** Auto-apply switched on: dryRun off and autoApply on. */
    public OptimizationPolicy automatic() {
        return new OptimizationPolicy(type, maxChangePercent, minConfidence, maxRiskLevel, false, true,
                rollbackOnFailure, metricsWindow, schedule);
    }

    public OptimizationPolicy withDryRun(boolean d) {
        return new OptimizationPolicy(type, maxChangePercent, minConfidence, maxRiskLevel, d, autoApply,
                rollbackOnFailure, metricsWindow, schedule);
    }

    public OptimizationPolicy withAutoApply(boolean a) {
        return new OptimizationPolicy(type, maxChangePercent, minConfidence, maxRiskLevel, dryRun, a,
                rollbackOnFailure, metricsWindow, schedule);
    }

    public OptimizationPolicy withRollbackOnFailure(boolean r) {
        return new OptimizationPolicy(type, maxChangePercent, minConfidence, maxRiskLevel, dryRun, autoApply, r,
                metricsWindow, schedule);
    }

    public OptimizationPolicy withMetricsWindow(MetricsWindow w) {
        return new OptimizationPolicy(type, maxChangePercent, minConfidence, maxRiskLevel, dryRun, autoApply,
                rollbackOnFailure, w, schedule);
    }
}
