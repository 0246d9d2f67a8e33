package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Nodes the autoscaler asked for that the NodeGroup reconciler has not created yet, with the offering it
 * chose for them. The reconciler creates new ManagedNodes with these offerings first and removes what it
 * used, so a choice other than the preferred instance type survives the hand-over.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PendingScaleUp {

    /** One of spec.offeringIDs. */
    private String offering;

    /** How many nodes of it are still to be created. */
    private Integer count;

    /**
     * spot-allowed or on-demand, on groups with spotConfig.enabled only: on-demand when the pods these nodes
     * are for do not all tolerate the spot taint. Absent means spot-allowed.
     */
    private PendingCapacity capacityType;

    public PendingScaleUp() {
    }

    public PendingScaleUp(String offering, int count) {
        this(offering, count, null);
    }

    public PendingScaleUp(String offering, int count, PendingCapacity capacityType) {
        this.offering = offering;
        this.count = count;
        this.capacityType = capacityType;
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public PendingCapacity getCapacityType() {
        return capacityType;
    }

    public void setCapacityType(PendingCapacity capacityType) {
        this.capacityType = capacityType;
    }
}
