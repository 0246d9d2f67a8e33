package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** When the autoscaler removes nodes from a group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScaleDownPolicy {

    @Default("true")
    private Boolean enabled;

    /** How long a node must stay underused before it goes. */
    @Default("600")
    @Min(0)
    private Integer stabilizationWindowSeconds;

    /** CPU requests, in percent of allocatable, below which a node is underused. */
    @Default("50")
    @Min(1)
    @Max(100)
    private Integer cpuThreshold;

    /** Memory requests, in percent of allocatable, below which a node is underused. */
    @Default("50")
    @Min(1)
    @Max(100)
    private Integer memoryThreshold;

    /** Time after any scaling before the group shrinks. */
    @Default("600")
    @Min(0)
    private Integer cooldownSeconds;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getStabilizationWindowSeconds() {
        return stabilizationWindowSeconds;
    }

    public void setStabilizationWindowSeconds(Integer stabilizationWindowSeconds) {
        this.stabilizationWindowSeconds = stabilizationWindowSeconds;
    }

    public Integer getCpuThreshold() {
        return cpuThreshold;
    }

    public void setCpuThreshold(Integer cpuThreshold) {
        this.cpuThreshold = cpuThreshold;
    }

    public Integer getMemoryThreshold() {
        return memoryThreshold;
    }

    public void setMemoryThreshold(Integer memoryThreshold) {
        this.memoryThreshold = memoryThreshold;
    }

    public Integer getCooldownSeconds() {
        return cooldownSeconds;
    }

    public void setCooldownSeconds(Integer cooldownSeconds) {
        this.cooldownSeconds = cooldownSeconds;
    }
}
