package io.provctl.autoscaler.scaledown;

/** Why an unneeded node stays, each with the code reports and JSON use. */
public enum BlockReason {
    /** A PodDisruptionBudget covering a pod allows no more disruptions. */
    PDB("pdb"),
    /** A pod has an emptyDir or hostPath volume, whose data dies with the node. */
    LOCAL_STORAGE("local-storage"),
    /** A pod has no controller to recreate it elsewhere. */
    NOT_REPLICATED("not-replicated"),
    /** A kube-system pod that no PodDisruptionBudget covers. */
    KUBE_SYSTEM("kube-system"),
    /** A pod annotated cluster-autoscaler.kubernetes.io/safe-to-evict: "false". */
    SAFE_TO_EVICT_FALSE("safe-to-evict-false"),
    /** The node is annotated cluster-autoscaler.kubernetes.io/scale-down-disabled: "true". */
    SCALE_DOWN_DISABLED("scale-down-disabled"),
    /** A pod fits on none of the remaining nodes. */
    NO_PLACE("no-place"),
    /** Removing the node would take its group below minNodes. */
    MIN_NODES("min-nodes");

    private final String code;

    BlockReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
