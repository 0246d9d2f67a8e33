package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** Use of spot (preemptible) capacity. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SpotConfig {

    @Default("false")
    private Boolean enabled;

    /** The largest share of the group's nodes that may be spot. */
    @Default("80")
    @Min(0)
    @Max(100)
    private Integer maxSpotPercentage;

    /** Whether to use on-demand capacity when no spot capacity is left. */
    @Default("true")
    private Boolean fallbackToOnDemand;

    /** Time to drain a spot node after an interruption notice. */
    @Default("120s")
    @Pattern("^[0-9]+(s|m|h)$")
    private String interruptionGracePeriod;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getMaxSpotPercentage() {
        return maxSpotPercentage;
    }

    public void setMaxSpotPercentage(Integer maxSpotPercentage) {
        this.maxSpotPercentage = maxSpotPercentage;
    }

    public Boolean getFallbackToOnDemand() {
        return fallbackToOnDemand;
    }

    public void setFallbackToOnDemand(Boolean fallbackToOnDemand) {
        this.fallbackToOnDemand = fallbackToOnDemand;
    }

    public String getInterruptionGracePeriod() {
        return interruptionGracePeriod;
    }

    public void setInterruptionGracePeriod(String interruptionGracePeriod) {
        this.interruptionGracePeriod = interruptionGracePeriod;
    }
}
