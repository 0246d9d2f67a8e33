package io.provctl.autoscaler.scaledown;

import java.time.Duration;

/**
 * Cluster-wide rules of scale-down: how long after any scale-up it waits, and how many nodes one pass
 * removes (empty nodes are cheap to remove; nodes with pods to move are removed one at a time).
 */
public record ScaleDownSettings(Duration delayAfterScaleUp, int maxEmptyPerPass, int maxNonEmptyPerPass) {

    public static final ScaleDownSettings DEFAULTS = new ScaleDownSettings(Duration.ofMinutes(10), 10, 1);

    public ScaleDownSettings {
        if (maxEmptyPerPass < 0 || maxNonEmptyPerPass < 0) {
            throw new IllegalArgumentException("removals per pass must be 0 or more");
        }
    }
}
