package io.provctl.operator.rightsizing;

import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.RiskLevelName;
import io.provctl.rightsizing.AnalysisSchedule;
import io.provctl.operator.status.StatusDiff;

/**
 * The schema's defaults, applied in code too: the mutating webhook writes them, and the operator reads
 * a spec through them because a server without the schema (or an older object) may leave fields out.
 */
public final class SpecDefaults {

    public static final int MAX_CHANGE_PERCENT = 50;
    public static final double MIN_CONFIDENCE = 0.7;
    public static final String METRICS_WINDOW = "7d";

    private SpecDefaults() {
    }

    /** A copy of {@code spec} with every unset field at its default. */
    public static CostOptimizationSpec withDefaults(CostOptimizationSpec spec) {
        CostOptimizationSpec s = StatusDiff.copy(spec, CostOptimizationSpec.class);
        if (s.getMaxChangePercent() == null) {
            s.setMaxChangePercent(MAX_CHANGE_PERCENT);
        }
        if (s.getMinConfidence() == null) {
            s.setMinConfidence(MIN_CONFIDENCE);
        }
        if (s.getMaxRiskLevel() == null) {
            s.setMaxRiskLevel(RiskLevelName.MEDIUM);
        }
        if (s.getDryRun() == null) {
            s.setDryRun(true);
        }
        if (s.getAutoApply() == null) {
            s.setAutoApply(false);
        }
        if (s.getRollbackOnFailure() == null) {
            s.setRollbackOnFailure(true);
        }
        if (s.getMetricsWindow() == null) {
            s.setMetricsWindow(METRICS_WINDOW);
        }
        if (s.getSchedule() == null) {
            s.setSchedule(AnalysisSchedule.DEFAULT_CRON);
        }
        return s;
    }
}
