package io.provctl.autoscaler.sim;

/** Told how far a run has come, as simulated time against the last submission; for progress bars. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (policy, done, total) -> { };

    /** Called now and then while a run advances; {@code done} may pass {@code total} while the cluster settles. */
    void update(String policy, long doneMillis, long totalMillis);
}
