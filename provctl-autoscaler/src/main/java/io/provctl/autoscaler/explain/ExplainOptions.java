package io.provctl.autoscaler.explain;

import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.autoscaler.scaledown.UnneededHistory;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;

import java.time.Instant;
import java.util.Objects;

/** What an explanation is judged with: the settings of both decisions, the unneeded history and the time. */
public record ExplainOptions(ScaleUpSettings scaleUp, ScaleDownSettings scaleDown, UnneededHistory history, Instant now) {

    public ExplainOptions {
        Objects.requireNonNull(scaleUp, "scaleUp");
        Objects.requireNonNull(scaleDown, "scaleDown");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(now, "now");
    }

    /** Defaults, judging a dump without history as of {@code now}. */
    public static ExplainOptions defaults(Instant now) {
        return new ExplainOptions(ScaleUpSettings.DEFAULTS, ScaleDownSettings.DEFAULTS, UnneededHistory.withoutHistory(), now);
    }
}
