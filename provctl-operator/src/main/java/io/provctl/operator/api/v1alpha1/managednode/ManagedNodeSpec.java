package io.provctl.operator.api.v1alpha1.managednode;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import java.util.List;
import java.util.Map;

/** The one VM-backed node a ManagedNode stands for. The NodeGroup reconciler fills it from the group when it creates the ManagedNode, so a node keeps what it was made with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ManagedNodeSpec {

    /** The group the node belongs to. */
    @Required
    @PrinterColumn(name = "NodeGroup", priority = 0)
    private String nodeGroupName;

    @Default("local")
    private String provider;

    /** The offering of its VM. */
    @Required
    @PrinterColumn(name = "Instance Type", priority = 0)
    private String instanceType;

    @Required
    private String datacenterID;

    private String kubernetesVersion;

    private String osImageID;

    /** Labels put on the Node when it joins. */
    private Map<String, String> labels;

    /** Taints put on the Node when it joins. */
    private List<NodeTaint> taints;

    /** The capacity its VM is asked for: on-demand, or spot (cheaper, reclaimed at short notice). */
    @Default("on-demand")
    private CapacityTypeName capacityType;

    /** For spot: whether to make the VM on-demand when the provider has no spot capacity; otherwise the node fails. */
    @Default("true")
    private Boolean fallbackToOnDemand;

    /** The Secret with the kubeadm join endpoint, token and CA hash. */
    @Default("provctl-join")
    private String joinSecretName;

    public String getNodeGroupName() {
        return nodeGroupName;
    }

    public void setNodeGroupName(String nodeGroupName) {
        this.nodeGroupName = nodeGroupName;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getInstanceType() {
        return instanceType;
    }

    public void setInstanceType(String instanceType) {
        this.instanceType = instanceType;
    }

    public String getDatacenterID() {
        return datacenterID;
    }

    public void setDatacenterID(String datacenterID) {
        this.datacenterID = datacenterID;
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

    public CapacityTypeName getCapacityType() {
        return capacityType;
    }

    public void setCapacityType(CapacityTypeName capacityType) {
        this.capacityType = capacityType;
    }

    public Boolean getFallbackToOnDemand() {
        return fallbackToOnDemand;
    }

    public void setFallbackToOnDemand(Boolean fallbackToOnDemand) {
        this.fallbackToOnDemand = fallbackToOnDemand;
    }

    public String getJoinSecretName() {
        return joinSecretName;
    }

    public void setJoinSecretName(String joinSecretName) {
        this.joinSecretName = joinSecretName;
    }
}
