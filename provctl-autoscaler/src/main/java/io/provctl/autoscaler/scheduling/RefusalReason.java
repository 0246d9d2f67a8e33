package io.provctl.autoscaler.scheduling;

/** Why a pod does not fit a node, one value per predicate. */
public enum RefusalReason {
    CORDONED, INSUFFICIENT_RESOURCES, TOO_MANY_PODS, NODE_SELECTOR, NODE_AFFINITY, TAINT, POD_ANTI_AFFINITY
}
