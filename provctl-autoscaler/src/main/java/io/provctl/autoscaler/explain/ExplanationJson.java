package io.provctl.autoscaler.explain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of {@code autoscale explain -o json}, with exactly these names:
 * {@code scaleUp[].{nodeGroup,offering,count,pods}}, {@code unschedulable[].{pod,reason}},
 * {@code scaleDown[].{node,utilization}}, {@code blocked[].{node,reason,pod}} (pod is null when no pod is
 * the cause).
 */
public final class ExplanationJson {

    private ExplanationJson() {
    }

    public static Map<String, Object> tree(Explanation e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scaleUp", e.scaleUp().scaleUps().stream().map(s -> entry(
                "nodeGroup", s.nodeGroup(), "offering", s.offering(), "count", s.count(), "pods", s.pods())).toList());
        root.put("unschedulable", e.scaleUp().pending().stream().map(p -> entry("pod", p.pod(), "reason", p.reason())).toList());
        root.put("scaleDown", e.scaleDown().removals().stream().map(r -> entry(
                "node", r.node(), "utilization", r.utilization())).toList());
        root.put("blocked", e.scaleDown().blocked().stream().map(b -> entry(
                "node", b.node(), "reason", b.reason().code(), "pod", b.pod().orElse(null))).toList());
        return root;
    }

    private static Map<String, Object> entry(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
