package io.provctl.rightsizing.apply;

import java.time.Duration;
import java.util.List;

/** What to do with an applied change given what has been observed since. */
public sealed interface RollbackDecision {

    /** Healthy so far, but not watched long enough to call it stable. */
    record KeepWatching(Duration remaining) implements RollbackDecision {
    }

    /** Watched for the whole period without a failure signal: the change stays. */
    record Stable() implements RollbackDecision {
    }

    /** A failure signal: restore the stored original. */
    record RollBack(List<String> reasons) implements RollbackDecision {
        public RollBack {
            reasons = List.copyOf(reasons);
        }
    }

    /** A failure signal, but rollbackOnFailure is off: report the failure and leave the change. */
    record FailedKept(List<String> reasons) implements RollbackDecision {
        public FailedKept {
            reasons = List.copyOf(reasons);
        }
    }
}
