package io.provctl.operator.api.v1alpha1.costoptimization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * What to rightsize and what guards an automatic change. The schema holds ranges, enums and defaults;
 * the rules that relate fields to each other are checked by the admission webhook and again by the
 * operator ({@code CostOptimizationRules}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CostOptimizationSpec {

    /** The workload to rightsize. */
    @Required
    private TargetWorkload targetWorkload;

    /** CPU, MEMORY, REPLICAS, ALL, SPOT_INSTANCES or SCHEDULED_SCALING. */
    @Required
    private OptimizationTypeName optimizationType;

    /** The largest change of any request or of the replicas, in percent of the current value. */
    @Min(1)
    @Max(100)
    @Default("50")
    private Integer maxChangePercent;

    /** The least confidence (0 to 1) a recommendation needs to be applied automatically. */
    @Min(0)
    @Max(1)
    @Default("0.7")
    private Double minConfidence;

    /** The highest risk level applied automatically. */
    @Default("MEDIUM")
    private RiskLevelName maxRiskLevel;

    /** Only recommend; never change the workload. */
    @Default("true")
    private Boolean dryRun;

    /** Apply recommendations that pass every gate (needs dryRun false). */
    @Default("false")
    private Boolean autoApply;

    /** Restore the original resources when an applied change fails. */
    @Default("true")
    private Boolean rollbackOnFailure;

    /** How much history to analyse: 1h, 24h, 7d, 14d or 30d. */
    @Pattern("^(1h|24h|7d|14d|30d)$")
    @Default("7d")
    private String metricsWindow;

    /** When to analyse: a 5-field cron expression in UTC. */
    @Default("0 */6 * * *")
    private String schedule;

    public TargetWorkload getTargetWorkload() {
        return targetWorkload;
    }

    public void setTargetWorkload(TargetWorkload targetWorkload) {
        this.targetWorkload = targetWorkload;
    }

    public OptimizationTypeName getOptimizationType() {
        return optimizationType;
    }

    public void setOptimizationType(OptimizationTypeName optimizationType) {
        this.optimizationType = optimizationType;
    }

    public Integer getMaxChangePercent() {
        return maxChangePercent;
    }

    public void setMaxChangePercent(Integer maxChangePercent) {
        this.maxChangePercent = maxChangePercent;
    }

    public Double getMinConfidence() {
        return minConfidence;
    }

    public void setMinConfidence(Double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public RiskLevelName getMaxRiskLevel() {
        return maxRiskLevel;
    }

    public void setMaxRiskLevel(RiskLevelName maxRiskLevel) {
        this.maxRiskLevel = maxRiskLevel;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Boolean getAutoApply() {
        return autoApply;
    }

    public void setAutoApply(Boolean autoApply) {
        this.autoApply = autoApply;
    }

    public Boolean getRollbackOnFailure() {
        return rollbackOnFailure;
    }

    public void setRollbackOnFailure(Boolean rollbackOnFailure) {
        this.rollbackOnFailure = rollbackOnFailure;
    }

    public String getMetricsWindow() {
        return metricsWindow;
    }

    public void setMetricsWindow(String metricsWindow) {
        this.metricsWindow = metricsWindow;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }
}
