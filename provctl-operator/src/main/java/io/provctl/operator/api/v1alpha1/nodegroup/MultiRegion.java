package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import java.util.List;

/** Spreading a group's nodes over several datacenters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MultiRegion {

    @Default("false")
    private Boolean enabled;

    /** The datacenters to spread over. */
    private List<String> datacenterIDs;

    /** balanced, weighted or primary-backup. */
    @Default("balanced")
    @Pattern("^(balanced|weighted|primary-backup)$")
    private String distributionStrategy;

    /** The fewest nodes each datacenter keeps. */
    @Default("1")
    @Min(0)
    private Integer minNodesPerRegion;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getDatacenterIDs() {
        return datacenterIDs;
    }

    public void setDatacenterIDs(List<String> datacenterIDs) {
        this.datacenterIDs = datacenterIDs;
    }

    public String getDistributionStrategy() {
        return distributionStrategy;
    }

    public void setDistributionStrategy(String distributionStrategy) {
        this.distributionStrategy = distributionStrategy;
    }

    public Integer getMinNodesPerRegion() {
        return minNodesPerRegion;
    }

    public void setMinNodesPerRegion(Integer minNodesPerRegion) {
        this.minNodesPerRegion = minNodesPerRegion;
    }
}
