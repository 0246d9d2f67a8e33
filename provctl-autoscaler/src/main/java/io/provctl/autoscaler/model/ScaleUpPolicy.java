package io.provctl.autoscaler.model;

import java.time.Duration;

/** A group's scale-up policy: whether it may grow, and how long after growing it waits before growing again. */
public record ScaleUpPolicy(boolean enabled, Duration cooldown) {

    public static final ScaleUpPolicy DEFAULT = new ScaleUpPolicy(true, Duration.ofSeconds(60));
}
