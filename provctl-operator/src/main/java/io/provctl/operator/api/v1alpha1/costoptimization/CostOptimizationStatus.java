package io.provctl.operator.api.v1alpha1.costoptimization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;

import java.util.List;

/** What the operator last found and did for a CostOptimization. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CostOptimizationStatus {

    private CostOptimizationPhase phase;
    /** Why the phase is what it is: gates that refused, the failure, the rollback reason. */
    private String message;
    /** When the last analysis ran (RFC 3339). */
    private String lastAnalysis;
    /** When a change was last written to the workload (RFC 3339). */
    private String lastApplied;
    private RecommendationStatus currentRecommendation;
    /** How many changes were applied over the resource's life. */
    private Integer appliedOptimizations;
    /** Monthly savings of the changes applied and kept, in dollars. */
    private String totalSavings;
    /** Valid, Analyzed, Applied, RolledBack. */
    private List<Condition> conditions;
    /** The generation of the spec this status describes. */
    private Long observedGeneration;

    public CostOptimizationPhase getPhase() {
        return phase;
    }

    public void setPhase(CostOptimizationPhase phase) {
        this.phase = phase;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLastAnalysis() {
        return lastAnalysis;
    }

    public void setLastAnalysis(String lastAnalysis) {
        this.lastAnalysis = lastAnalysis;
    }

    public String getLastApplied() {
        return lastApplied;
    }

    public void setLastApplied(String lastApplied) {
        this.lastApplied = lastApplied;
    }

    public RecommendationStatus getCurrentRecommendation() {
        return currentRecommendation;
    }

    public void setCurrentRecommendation(RecommendationStatus currentRecommendation) {
        this.currentRecommendation = currentRecommendation;
    }

    public Integer getAppliedOptimizations() {
        return appliedOptimizations;
    }

    public void setAppliedOptimizations(Integer appliedOptimizations) {
        this.appliedOptimizations = appliedOptimizations;
    }

    public String getTotalSavings() {
        return totalSavings;
    }

    public void setTotalSavings(String totalSavings) {
        this.totalSavings = totalSavings;
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }
}
