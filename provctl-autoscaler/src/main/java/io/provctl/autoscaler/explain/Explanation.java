package io.provctl.autoscaler.explain;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.scaledown.ScaleDownDecision;
import io.provctl.autoscaler.scaledown.ScaleDownPlanner;
import io.provctl.autoscaler.scaleup.ScaleUpDecision;
import io.provctl.autoscaler.scaleup.ScaleUpPlanner;

import java.util.List;
import java.util.Optional;

/**
 * What the autoscaler would do now and why: both decisions on one snapshot. A scale-up decided now holds
 * scale-down back, exactly as a recent one would.
 */
public record Explanation(ScaleUpDecision scaleUp, ScaleDownDecision scaleDown) {

    public static Explanation of(ClusterSnapshot snapshot, ExplainOptions options) {
        ScaleUpDecision up = new ScaleUpPlanner(options.scaleUp()).plan(snapshot, options.now());
        ScaleDownDecision down = new ScaleDownPlanner(options.scaleDown()).plan(snapshot, options.history(), options.now());
        if (up.scalesUp()) {
            down = new ScaleDownDecision(List.of(), List.of(), down.unneededSince(),
                    Optional.of("the scale-up decided now holds scale-down back"));
        }
        return new Explanation(up, down);
    }
}
