package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/** What the operator last observed of a NodeGroup. desiredNodes is written by the autoscaler; the NodeGroup reconciler clamps it to [minNodes, maxNodes]. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NodeGroupStatus {

    /** How many nodes the group should have. */
    @PrinterColumn(name = "Desired", priority = 0)
    private Integer desiredNodes;

    /** How many ManagedNodes the group has and is not removing. */
    @PrinterColumn(name = "Current", priority = 0)
    private Integer currentNodes;

    /** How many of them are Ready. */
    @PrinterColumn(name = "Ready", priority = 0)
    private Integer readyNodes;

    /** The provider's ID for the group, when it has one. */
    private String providerGroupID;

    /** One line per ManagedNode. */
    private List<NodeGroupNode> nodes;

    /** Ready, Scaling, Error, AtMinCapacity, AtMaxCapacity. */
    private List<Condition> conditions;

    /** When the group last changed size. */
    private String lastScaleTime;

    /** When the group last grew. */
    private String lastScaleUpTime;

    /** When the group last shrank. */
    private String lastScaleDownTime;

    /** The generation of the spec this status describes. */
    private Long observedGeneration;

    /** Nodes the autoscaler asked for, by the offering it chose, that are not created yet. */
    private List<PendingScaleUp> pendingScaleUps;

    /** The autoscaler's last scale-up decision (lastScaleUpTime is when nodes were last created). */
    private LastScaleUp lastScaleUp;

    public Integer getDesiredNodes() {
        return desiredNodes;
    }

    public void setDesiredNodes(Integer desiredNodes) {
        this.desiredNodes = desiredNodes;
    }

    public Integer getCurrentNodes() {
        return currentNodes;
    }

    public void setCurrentNodes(Integer currentNodes) {
        this.currentNodes = currentNodes;
    }

    public Integer getReadyNodes() {
        return readyNodes;
    }

    public void setReadyNodes(Integer readyNodes) {
        this.readyNodes = readyNodes;
    }

    public String getProviderGroupID() {
        return providerGroupID;
    }

    public void setProviderGroupID(String providerGroupID) {
        this.providerGroupID = providerGroupID;
    }

    public List<NodeGroupNode> getNodes() {
        return nodes;
    }

    public void setNodes(List<NodeGroupNode> nodes) {
        this.nodes = nodes;
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }

    public String getLastScaleTime() {
        return lastScaleTime;
    }

    public void setLastScaleTime(String lastScaleTime) {
        this.lastScaleTime = lastScaleTime;
    }

    public String getLastScaleUpTime() {
        return lastScaleUpTime;
    }

    public void setLastScaleUpTime(String lastScaleUpTime) {
        this.lastScaleUpTime = lastScaleUpTime;
    }

    public String getLastScaleDownTime() {
        return lastScaleDownTime;
    }

    public void setLastScaleDownTime(String lastScaleDownTime) {
        this.lastScaleDownTime = lastScaleDownTime;
    }

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    public List<PendingScaleUp> getPendingScaleUps() {
        return pendingScaleUps;
    }

    public void setPendingScaleUps(List<PendingScaleUp> pendingScaleUps) {
        this.pendingScaleUps = pendingScaleUps;
    }

    public LastScaleUp getLastScaleUp() {
        return lastScaleUp;
    }

    public void setLastScaleUp(LastScaleUp lastScaleUp) {
        this.lastScaleUp = lastScaleUp;
    }
}
