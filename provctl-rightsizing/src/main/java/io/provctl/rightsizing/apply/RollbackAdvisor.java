package io.provctl.rightsizing.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an applied change failed. Any OOM kill fails it (the new memory is too small); so
 * does a rollout past its progress deadline; restarts or readiness failures fail it once they reach
 * their thresholds, since one restart or one slow probe happens in healthy workloads too.
 *
 * @param watchPeriod              how long a change is watched before it is called stable
 * @param restartThreshold         restarts that mean a crash loop (kubelet's back-off begins after a few)
 * @param readinessFailureThreshold unready pods that mean the new size cannot serve
 */
public record RollbackAdvisor(Duration watchPeriod, int restartThreshold, int readinessFailureThreshold) {

    public RollbackAdvisor {
        if (watchPeriod.isNegative() || restartThreshold < 1 || readinessFailureThreshold < 1) {
            throw new IllegalArgumentException("watch period must not be negative and thresholds must be >= 1");
        }
    }

    /** Watch for 10 minutes; 3 restarts or 3 readiness failures fail the change. */
    public static RollbackAdvisor standard() {
        return new RollbackAdvisor(Duration.ofMinutes(10), 3, 3);
    }

    public RollbackDecision decide(PostApplySignals s, boolean rollbackOnFailure) {
        List<String> reasons = failures(s);
        if (!reasons.isEmpty()) {
            return rollbackOnFailure ? new RollbackDecision.RollBack(reasons) : new RollbackDecision.FailedKept(reasons);
        }
        if (s.observedFor().compareTo(watchPeriod) < 0) {
            return new RollbackDecision.KeepWatching(watchPeriod.minus(s.observedFor()));
        }
        return new RollbackDecision.Stable();
    }

    private List<String> failures(PostApplySignals s) {
        List<String> reasons = new ArrayList<>();
        if (s.oomKills() > 0) {
            reasons.add(s.oomKills() + " OOM kill(s) after the change");
        }
        if (s.progressDeadlineExceeded()) {
            reasons.add("the rollout exceeded its progress deadline");
        }
        if (s.restarts() >= restartThreshold) {
            reasons.add(s.restarts() + " container restarts after the change (threshold " + restartThreshold + ")");
        }
        if (s.readinessFailures() >= readinessFailureThreshold) {
            reasons.add(s.readinessFailures() + " readiness failures after the change (threshold "
                    + readinessFailureThreshold + ")");
        }
        return reasons;
    }
}
