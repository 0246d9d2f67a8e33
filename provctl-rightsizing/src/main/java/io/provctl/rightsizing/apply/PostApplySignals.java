package io.provctl.rightsizing.apply;

import java.time.Duration;

/**
 * What the operator saw of the workload's pods since a change was applied.
 *
 * @param observedFor              time since the change was written
 * @param oomKills                 containers OOM-killed since then
 * @param restarts                 container restarts since then (all causes)
 * @param readinessFailures        pods that went unready since then
 * @param progressDeadlineExceeded the rollout reported ProgressDeadlineExceeded
 */
public record PostApplySignals(Duration observedFor, int oomKills, int restarts, int readinessFailures,
                               boolean progressDeadlineExceeded) {

    public static PostApplySignals healthyFor(Duration d) {
        return new PostApplySignals(d, 0, 0, 0, false);
    }
}
