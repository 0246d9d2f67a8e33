package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import java.util.List;
import java.util.Map;

/** What a NodeGroup asks for: its size bounds, where and on what its nodes run, and the policies the autoscaler reads. Defaults and ranges live in the CRD schema; rules across fields (min <= max) are checked by the reconciler and reported in a condition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NodeGroupSpec {

    /** The fewest nodes the group keeps. */
    @Required
    @Min(0)
    @PrinterColumn(name = "Min", priority = 0)
    private Integer minNodes;

    /** The most nodes the group may have. */
    @Required
    @Min(1)
    @Max(1000)
    @PrinterColumn(name = "Max", priority = 0)
    private Integer maxNodes;

    /** The provider its VMs come from (local, vpsie, aws, azure, gcp). */
    @Default("local")
    private String provider;

    /** The datacenter or region of its VMs. */
    @Required
    private String datacenterID;

    /** The offerings (instance types) nodes may use, in order of preference. */
    @Required
    @Size(min = 1)
    @ValidationRule(value = "self.all(x, self.exists_one(y, y == x))", message = "offeringIDs must not repeat")
    private List<String> offeringIDs;

    /** The offering to use when the autoscaler has no reason to choose another. */
    private String preferredInstanceType;

    /** Whether nodes of one group may use different offerings. */
    @Default("true")
    private Boolean allowMixedInstances;

    /** The kubelet version nodes install, such as 1.30.2. */
    @Pattern("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$")
    private String kubernetesVersion;

    /** The provider's OS image for the VMs. */
    private String osImageID;

    /** Labels every node of the group carries. */
    private Map<String, String> labels;

    /** Taints every node of the group carries. */
    private List<NodeTaint> taints;

    /** The Secret in the group's namespace with the kubeadm join endpoint, token and CA hash. */
    @Default("provctl-join")
    private String joinSecretName;

    /** When the autoscaler adds nodes. */
    private ScaleUpPolicy scaleUpPolicy;

    /** When the autoscaler removes nodes. */
    private ScaleDownPolicy scaleDownPolicy;

    /** Use of spot capacity. */
    private SpotConfig spotConfig;

    /** Spreading nodes over several datacenters. */
    private MultiRegion multiRegion;

    /** Periodic search for cheaper offerings. */
    private CostOptimization costOptimization;

    public Integer getMinNodes() {
        return minNodes;
    }

    public void setMinNodes(Integer minNodes) {
        this.minNodes = minNodes;
    }

    public Integer getMaxNodes() {
        return maxNodes;
    }

    public void setMaxNodes(Integer maxNodes) {
        this.maxNodes = maxNodes;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getDatacenterID() {
        return datacenterID;
    }

    public void setDatacenterID(String datacenterID) {
        this.datacenterID = datacenterID;
    }

    public List<String> getOfferingIDs() {
        return offeringIDs;
    }

    public void setOfferingIDs(List<String> offeringIDs) {
        this.offeringIDs = offeringIDs;
    }

    public String getPreferredInstanceType() {
        return preferredInstanceType;
    }

    public void setPreferredInstanceType(String preferredInstanceType) {
        this.preferredInstanceType = preferredInstanceType;
    }

    public Boolean getAllowMixedInstances() {
        return allowMixedInstances;
    }

    public void setAllowMixedInstances(Boolean allowMixedInstances) {
        this.allowMixedInstances = allowMixedInstances;
    }

    public String getKubernetesVersion() {
        return kubernetesVersion;
    }

    public void setKubernetesVersion(String kubernetesVersion) {
        this.kubernetesVersion = kubernetesVersion;
    }

    public String getOsImageID() {
        return osImageID;
    }

    public void setOsImageID(String osImageID) {
        this.osImageID = osImageID;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public List<NodeTaint> getTaints() {
        return taints;
    }

    public void setTaints(List<NodeTaint> taints) {
        this.taints = taints;
    }

    public String getJoinSecretName() {
        return joinSecretName;
    }

    public void setJoinSecretName(String joinSecretName) {
        this.joinSecretName = joinSecretName;
    }

    public ScaleUpPolicy getScaleUpPolicy() {
        return scaleUpPolicy;
    }

    public void setScaleUpPolicy(ScaleUpPolicy scaleUpPolicy) {
        this.scaleUpPolicy = scaleUpPolicy;
    }

    public ScaleDownPolicy getScaleDownPolicy() {
        return scaleDownPolicy;
    }

    public void setScaleDownPolicy(ScaleDownPolicy scaleDownPolicy) {
        this.scaleDownPolicy = scaleDownPolicy;
    }

    public SpotConfig getSpotConfig() {
        return spotConfig;
    }

    public void setSpotConfig(SpotConfig spotConfig) {
        this.spotConfig = spotConfig;
    }

    public MultiRegion getMultiRegion() {
        return multiRegion;
    }

    public void setMultiRegion(MultiRegion multiRegion) {
        this.multiRegion = multiRegion;
    }

    public CostOptimization getCostOptimization() {
        return costOptimization;
    }

    public void setCostOptimization(CostOptimization costOptimization) {
        this.costOptimization = costOptimization;
    }
}
