package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** Periodic search for cheaper offerings for a group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CostOptimization {

    @Default("false")
    private Boolean enabled;

    /** auto, manual, aggressive or conservative. */
    @Default("auto")
    @Pattern("^(auto|manual|aggressive|conservative)$")
    private String strategy;

    /** Time between two searches. */
    @Default("24h")
    @Pattern("^[0-9]+(s|m|h)$")
    private String optimizationInterval;

    /** The smallest monthly saving, in the price catalog's currency, worth a change. */
    @Default("10")
    @Min(0)
    private Integer minMonthlySavings;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    public String getOptimizationInterval() {
        return optimizationInterval;
    }

    public void setOptimizationInterval(String optimizationInterval) {
        this.optimizationInterval = optimizationInterval;
    }

    public Integer getMinMonthlySavings() {
        return minMonthlySavings;
    }

    public void setMinMonthlySavings(Integer minMonthlySavings) {
        this.minMonthlySavings = minMonthlySavings;
    }
}
