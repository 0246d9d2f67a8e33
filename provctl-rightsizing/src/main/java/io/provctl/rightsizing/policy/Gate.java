package io.provctl.rightsizing.policy;

/** Each condition that can keep a recommendation from being applied without a person. */
public enum Gate {
    /** The policy is a dry run: recommendations are shown, never applied. */
    DRY_RUN,
    /** autoApply is off. */
    AUTO_APPLY_OFF,
    /** The recommendation changes nothing. */
    NOTHING_TO_CHANGE,
    /** Confidence below minConfidence. */
    LOW_CONFIDENCE,
    /** Risk above maxRiskLevel. */
    RISK_TOO_HIGH,
    /** Some change exceeds maxChangePercent. */
    CHANGE_TOO_LARGE,
    /** A request is set where none was: no percentage can bound that change. */
    UNMEASURABLE_CHANGE,
    PROTECTED_NAMESPACE,
    PROTECTED_WORKLOAD,
    CONTROLLER_COMPONENT,
    /** StatefulSet replica reductions are never automatic. */
    STATEFULSET_REPLICA_REDUCTION,
    /** DaemonSet replica changes are never automatic (a DaemonSet has no replica count). */
    DAEMONSET_REPLICAS,
    /** The reduction would leave the PodDisruptionBudget no disruption to allow. */
    PDB_VIOLATION
}
