package io.provctl.autoscaler.explain;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.scaledown.ScaleDownDecision;
import io.provctl.autoscaler.scaledown.ScaleDownPlanner;
import io.provctl.autoscaler.scaleup.ScaleUpDecision;
import io.provctl.autoscaler.scaleup.ScaleUpPlanner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the autoscaler would do now and why: both decisions on one snapshot. Pending pods that fit existing
 * nodes are counted on those nodes before scale-down judges them, since the scheduler will put them there;
 * a scale-up decided now holds scale-down back, exactly as a recent one would.
 */
public record Explanation(ScaleUpDecision scaleUp, ScaleDownDecision scaleDown) {

    public static Explanation of(ClusterSnapshot snapshot, ExplainOptions options) {
        ScaleUpDecision up = new ScaleUpPlanner(options.scaleUp()).plan(snapshot, options.now());
        Map<String, String> bindings = new HashMap<>();
        up.fitExisting().forEach(p -> bindings.put(p.pod(), p.node()));
        ScaleDownDecision down = new ScaleDownPlanner(options.scaleDown())
                .plan(snapshot.withBindings(bindings), options.history(), options.now());
        if (up.scalesUp()) {
            down = new ScaleDownDecision(List.of(), List.of(), down.unneededSince(),
                    Optional.of("the scale-up decided now holds scale-down back"));
        }
        return new Explanation(up, down);
    }
}
