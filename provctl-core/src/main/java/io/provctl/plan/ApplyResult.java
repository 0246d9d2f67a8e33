package io.provctl.plan;

import java.util.List;

/**
 * What an apply did: the steps that completed, those that failed with their errors, those never
 * started because an earlier one failed or the apply was cancelled.
 */
public record ApplyResult(List<ApplyStep> completed, List<Failure> failed, List<ApplyStep> notStarted,
                          boolean cancelled) {

    public ApplyResult {
        completed = List.copyOf(completed);
        failed = List.copyOf(failed);
        notStarted = List.copyOf(notStarted);
    }

    public boolean succeeded() {
        return failed.isEmpty() && notStarted.isEmpty() && !cancelled;
    }

    public long count(ApplyStep.Phase phase) {
        return completed.stream().filter(s -> s.phase() == phase).count();
    }

    /** A step that failed and why. */
    public record Failure(ApplyStep step, String message) {
    }
}
