package io.provctl.operator.api.v1alpha1.nodegroup;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The autoscaler's last scale-up decision for a group, as a person reading the status wants it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LastScaleUp {

    /** When the autoscaler decided (RFC 3339). */
    private String time;

    /** The offering the expander chose (the last one, when one pass chose several for the group). */
    private String offering;

    /** How many nodes it asked for in this group. */
    private Integer count;

    /** How many pending pods the new nodes are for. */
    private Integer podCount;

    /** The decision in words, as in the TriggeredScaleUp event. */
    private String message;

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
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

    public Integer getPodCount() {
        return podCount;
    }

    public void setPodCount(Integer podCount) {
        this.podCount = podCount;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
