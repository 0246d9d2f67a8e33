package io.provctl.operator.api.v1alpha1.costoptimization;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The latest recommendation as shown in the status; money in dollars as decimal strings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RecommendationStatus {

    private OptimizationTypeName type;
    private String currentMonthlyCost;
    private String optimizedMonthlyCost;
    private String monthlySavings;
    /** Between 0 and 1, three decimals. */
    private Double confidence;
    private RiskLevelName risk;
    /** One line per change, e.g. "container app: cpu 1 -> 250m". */
    private List<String> changes;
    /** Where the prices come from: the workload's nodes and the catalog rows, or the reference node and why. */
    private String pricing;
    /** SCHEDULED_SCALING: replicas per UTC hour range covering the day; shown, never applied by provctl. */
    private List<ScheduleRangeStatus> schedule;
    /** SCHEDULED_SCALING: the daily pattern the schedule follows. */
    private DailyPatternStatus dailyPattern;

    public OptimizationTypeName getType() {
        return type;
    }

    public void setType(OptimizationTypeName type) {
        this.type = type;
    }

    public String getCurrentMonthlyCost() {
        return currentMonthlyCost;
    }

    public void setCurrentMonthlyCost(String currentMonthlyCost) {
        this.currentMonthlyCost = currentMonthlyCost;
    }

    public String getOptimizedMonthlyCost() {
        return optimizedMonthlyCost;
    }

    public void setOptimizedMonthlyCost(String optimizedMonthlyCost) {
        this.optimizedMonthlyCost = optimizedMonthlyCost;
    }

    public String getMonthlySavings() {
        return monthlySavings;
    }

    public void setMonthlySavings(String monthlySavings) {
        this.monthlySavings = monthlySavings;
    }

    public Double getConfidence() {
        return confidence;
    }

    public void setConfidence(Double confidence) {
        this.confidence = confidence;
    }

    public RiskLevelName getRisk() {
        return risk;
    }

    public void setRisk(RiskLevelName risk) {
        this.risk = risk;
    }

    public List<String> getChanges() {
        return changes;
    }

    public void setChanges(List<String> changes) {
        this.changes = changes;
    }

    public List<ScheduleRangeStatus> getSchedule() {
        return schedule;
    }

    public void setSchedule(List<ScheduleRangeStatus> schedule) {
        this.schedule = schedule;
    }

    public DailyPatternStatus getDailyPattern() {
        return dailyPattern;
    }

    public void setDailyPattern(DailyPatternStatus dailyPattern) {
        this.dailyPattern = dailyPattern;
    }

    public String getPricing() {
        return pricing;
    }

    public void setPricing(String pricing) {
        this.pricing = pricing;
    }
}
