package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One node of a group as its status lists it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NodeGroupNode {

    /** The ManagedNode's name. */
    private String name;

    /** The Kubernetes Node's name, once joined. */
    private String nodeName;

    /** The provider ID (provider://vm-id). */
    private String providerID;

    private String instanceType;

    /** on-demand or spot: what the VM runs on once made, else what was asked for. */
    private String capacityType;

    /** The ManagedNode's phase. */
    private String status;

    private String createdAt;

    private String readyAt;

    private String ipAddress;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNodeName() {
        return nodeName;
    }

    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    public String getProviderID() {
        return providerID;
    }

    public void setProviderID(String providerID) {
        this.providerID = providerID;
    }

    public String getInstanceType() {
        return instanceType;
    }

    public void setInstanceType(String instanceType) {
        this.instanceType = instanceType;
    }

    public String getCapacityType() {
        return capacityType;
    }

    public void setCapacityType(String capacityType) {
        this.capacityType = capacityType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getReadyAt() {
        return readyAt;
    }

    public void setReadyAt(String readyAt) {
        this.readyAt = readyAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }
}
