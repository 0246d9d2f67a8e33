package io.provctl.operator.api.v1alpha1.managednode;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/** Where a ManagedNode is in its life, with the time of every step. Never holds the join token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ManagedNodeStatus {

    @PrinterColumn(name = "Phase", priority = 0)
    private ManagedNodePhase phase;

    /** provider://vm-id, as the Node's spec.providerID. */
    @PrinterColumn(name = "Provider ID", priority = 0)
    private String providerID;

    /** The provider's VM ID. */
    private String instanceID;

    @PrinterColumn(name = "Node", priority = 0)
    private String nodeName;

    private String ipAddress;

    /** The capacity the VM runs on, as the provider reports it: on-demand after a fallback from spot. */
    @PrinterColumn(name = "Capacity", priority = 0)
    private CapacityTypeName capacityType;

    private String createdAt;

    /** When the VM was asked for. */
    private String provisioningAt;

    /** When the VM was running. */
    private String provisionedAt;

    /** When the Node registered. */
    private String joinedAt;

    /** When the Node was Ready. */
    private String readyAt;

    /** When removal began. */
    private String terminatingAt;

    /** When the last drain gave up. */
    private String drainFailedAt;

    /** When the Node and the VM were gone. */
    private String deletedAt;

    /** When the node failed. */
    private String failedAt;

    private String lastError;

    /** VMReady, NodeJoined, NodeReady, Error, and SpotCapacity on nodes that asked for spot. */
    private List<Condition> conditions;

    private Long observedGeneration;

    public ManagedNodePhase getPhase() {
        return phase;
    }

    public void setPhase(ManagedNodePhase phase) {
        this.phase = phase;
    }

    public String getProviderID() {
        return providerID;
    }

    public void setProviderID(String providerID) {
        this.providerID = providerID;
    }

    public String getInstanceID() {
        return instanceID;
    }

    public void setInstanceID(String instanceID) {
        this.instanceID = instanceID;
    }

    public String getNodeName() {
        return nodeName;
    }

    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public CapacityTypeName getCapacityType() {
        return capacityType;
    }

    public void setCapacityType(CapacityTypeName capacityType) {
        this.capacityType = capacityType;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getProvisioningAt() {
        return provisioningAt;
    }

    public void setProvisioningAt(String provisioningAt) {
        this.provisioningAt = provisioningAt;
    }

    public String getProvisionedAt() {
        return provisionedAt;
    }

    public void setProvisionedAt(String provisionedAt) {
        this.provisionedAt = provisionedAt;
    }

    public String getJoinedAt() {
        return joinedAt;
    }

    public void setJoinedAt(String joinedAt) {
        this.joinedAt = joinedAt;
    }

    public String getReadyAt() {
        return readyAt;
    }

    public void setReadyAt(String readyAt) {
        this.readyAt = readyAt;
    }

    public String getTerminatingAt() {
        return terminatingAt;
    }

    public void setTerminatingAt(String terminatingAt) {
        this.terminatingAt = terminatingAt;
    }

    public String getDrainFailedAt() {
        return drainFailedAt;
    }

    public void setDrainFailedAt(String drainFailedAt) {
        this.drainFailedAt = drainFailedAt;
    }

    public String getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(String deletedAt) {
        this.deletedAt = deletedAt;
    }

    public String getFailedAt() {
        return failedAt;
    }

    public void setFailedAt(String failedAt) {
        this.failedAt = failedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
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
