package io.provctl.operator.api.v1alpha1.autoscalerconfig;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Operator-wide settings: the one object named {@code default} is read on every reconcile. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AutoscalerConfigSpec {

    /** What every NodeGroup gets unless it says otherwise. */
    private NodeGroupDefaults nodeGroupDefaults;

    /** Limits and timeouts of the node lifecycle. */
    private GlobalSettings globalSettings;

    public NodeGroupDefaults getNodeGroupDefaults() {
        return nodeGroupDefaults;
    }

    public void setNodeGroupDefaults(NodeGroupDefaults nodeGroupDefaults) {
        this.nodeGroupDefaults = nodeGroupDefaults;
    }

    public GlobalSettings getGlobalSettings() {
        return globalSettings;
    }

    public void setGlobalSettings(GlobalSettings globalSettings) {
        this.globalSettings = globalSettings;
    }
}
