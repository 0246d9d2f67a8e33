package io.provctl.operator.api.v1alpha1;

/** The API group and version of provctl's autoscaling resources, and the names they put on Nodes. */
public final class ApiGroup {

    public static final String NAME = "autoscaling.provctl.io";
    public static final String VERSION = "v1alpha1";

    /** On a Node: the NodeGroup it belongs to; every other part of provctl finds a node's group by it. */
    public static final String NODEGROUP_LABEL = NAME + "/nodegroup";
    /** On a Node: the ManagedNode that made it. */
    public static final String MANAGEDNODE_LABEL = NAME + "/managednode";
    /** On a ManagedNode: the autoscaler chose it for removal, so its group removes it before any other. */
    public static final String SCALE_DOWN_ANNOTATION = NAME + "/scale-down";

    private ApiGroup() {
    }
}
