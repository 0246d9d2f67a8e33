package io.provctl.autoscaler.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The summary as JSON. Money ({@code totalCost}, {@code lowerBoundCost}, {@code costOverBound}) and
 * node-hours are decimal strings so no digit is lost to binary floating point; waits are numbers of
 * seconds with millisecond precision; ratios are numbers rounded to 4 places. One policy gives one
 * object; several give {@code {"policies": [...]}} in the order given.
 */
public final class SimJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SimJson() {
    }

    public static JsonNode tree(List<SimResult> results) {
        if (results.size() == 1) {
            return tree(results.get(0));
        }
        ArrayNode all = F.arrayNode();
        results.forEach(r -> all.add(tree(r)));
        ObjectNode root = F.objectNode();
        root.set("policies", all);
        return root;
    }

    public static ObjectNode tree(SimResult r) {
        ObjectNode o = F.objectNode();
        o.put("policy", r.policy());
        o.put("totalCost", r.totalCost().toPlainString());
        o.put("lowerBoundCost", r.lowerBoundCost().toPlainString());
        r.costOverBound().ifPresent(c -> o.put("costOverBound", c.toPlainString()));
        ObjectNode hours = o.putObject("nodeHours");
        r.nodeHours().forEach((k, v) -> hours.put(k, v.toPlainString()));
        o.put("peakNodes", r.peakNodes());
        o.put("meanCpuAllocation", round(r.meanCpuAllocation()));
        o.put("meanMemoryAllocation", round(r.meanMemoryAllocation()));
        ObjectNode wait = o.putObject("waitSeconds");
        wait.put("p50", r.waitSeconds().p50());
        wait.put("p95", r.waitSeconds().p95());
        wait.put("p99", r.waitSeconds().p99());
        wait.put("max", r.waitSeconds().max());
        o.put("pods", r.pods());
        o.put("unscheduledPods", r.unscheduledPods());
        o.put("scaleUps", r.scaleUps());
        o.put("nodesAdded", r.nodesAdded());
        o.put("scaleDowns", r.scaleDowns());
        o.put("simulatedSeconds", WaitStats.seconds(r.span().toMillis()));
        o.put("wallSeconds", BigDecimal.valueOf(r.wallTime().toMillis(), 3));
        return o;
    }

    private static BigDecimal round(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(4, RoundingMode.HALF_EVEN);
    }
}
