package io.provctl.operator.api.v1alpha1.autoscalerconfig;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;

/** Limits and timeouts the NodeGroup and ManagedNode controllers apply. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GlobalSettings {

    /** Least time between two scale-ups of one group. */
    @Default("0")
    @Min(0)
    private Integer scaleUpCooldownSeconds;

    /** Least time between two scale-downs of one group. */
    @Default("0")
    @Min(0)
    private Integer scaleDownCooldownSeconds;

    /** Most ManagedNodes one group creates in one step. */
    @Default("10")
    @Min(1)
    private Integer maxConcurrentScaleUps;

    /** Most ManagedNodes one group removes in one step. */
    @Default("5")
    @Min(1)
    private Integer maxConcurrentScaleDowns;

    /** Most ManagedNodes over all groups. */
    @Default("1000")
    @Min(0)
    private Integer maxClusterWorkers;

    /** Time a VM has to start running. */
    @Default("600")
    @Min(1)
    private Integer provisioningTimeoutSeconds;

    /** Time a started VM has to join and become Ready. */
    @Default("900")
    @Min(1)
    private Integer nodeReadyTimeoutSeconds;

    /** Time a drain has before it gives up and uncordons. */
    @Default("300")
    @Min(1)
    private Integer podEvictionTimeoutSeconds;

    /** Time a Failed ManagedNode is kept before it is removed. */
    @Default("1800")
    @Min(0)
    private Integer failedNodeTTLSeconds;

    public Integer getScaleUpCooldownSeconds() {
        return scaleUpCooldownSeconds;
    }

    public void setScaleUpCooldownSeconds(Integer scaleUpCooldownSeconds) {
        this.scaleUpCooldownSeconds = scaleUpCooldownSeconds;
    }

    public Integer getScaleDownCooldownSeconds() {
        return scaleDownCooldownSeconds;
    }

    public void setScaleDownCooldownSeconds(Integer scaleDownCooldownSeconds) {
        this.scaleDownCooldownSeconds = scaleDownCooldownSeconds;
    }

    public Integer getMaxConcurrentScaleUps() {
        return maxConcurrentScaleUps;
    }

    public void setMaxConcurrentScaleUps(Integer maxConcurrentScaleUps) {
        this.maxConcurrentScaleUps = maxConcurrentScaleUps;
    }

    public Integer getMaxConcurrentScaleDowns() {
        return maxConcurrentScaleDowns;
    }

    public void setMaxConcurrentScaleDowns(Integer maxConcurrentScaleDowns) {
        this.maxConcurrentScaleDowns = maxConcurrentScaleDowns;
    }

    public Integer getMaxClusterWorkers() {
        return maxClusterWorkers;
    }

    public void setMaxClusterWorkers(Integer maxClusterWorkers) {
        this.maxClusterWorkers = maxClusterWorkers;
    }

    public Integer getProvisioningTimeoutSeconds() {
        return provisioningTimeoutSeconds;
    }

    public void setProvisioningTimeoutSeconds(Integer provisioningTimeoutSeconds) {
        this.provisioningTimeoutSeconds = provisioningTimeoutSeconds;
    }

    public Integer getNodeReadyTimeoutSeconds() {
        return nodeReadyTimeoutSeconds;
    }

    public void setNodeReadyTimeoutSeconds(Integer nodeReadyTimeoutSeconds) {
        this.nodeReadyTimeoutSeconds = nodeReadyTimeoutSeconds;
    }

    public Integer getPodEvictionTimeoutSeconds() {
        return podEvictionTimeoutSeconds;
    }

    public void setPodEvictionTimeoutSeconds(Integer podEvictionTimeoutSeconds) {
        this.podEvictionTimeoutSeconds = podEvictionTimeoutSeconds;
    }

    public Integer getFailedNodeTTLSeconds() {
        return failedNodeTTLSeconds;
    }

    public void setFailedNodeTTLSeconds(Integer failedNodeTTLSeconds) {
        this.failedNodeTTLSeconds = failedNodeTTLSeconds;
    }
}
