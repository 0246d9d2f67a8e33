package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;

import java.time.Instant;

/**
 * One ManagedNode of a group, as the scaling decision sees it. {@code scaleDownRequested}: the
 * autoscaler chose it for removal.
 */
public record MemberNode(String name, ManagedNodePhase phase, Instant createdAt, boolean deleting,
                         boolean scaleDownRequested) {

    public MemberNode(String name, ManagedNodePhase phase, Instant createdAt, boolean deleting) {
        this(name, phase, createdAt, deleting, false);
    }

    /** Nodes that are not yet serving are the cheapest to remove. */
    boolean serving() {
        return phase == ManagedNodePhase.READY;
    }
}
