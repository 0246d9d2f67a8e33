package io.provctl.model;

/** The kinds of resource provctl manages, in the order they must be created. */
public enum ResourceKind {
    NETWORK("network"),
    CLUSTER("cluster"),
    CONTROL_PLANE("control_plane"),
    NODE_POOL("pool");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    /** The word used for this kind in addresses and output. */
    public String label() {
        return label;
    }
}
