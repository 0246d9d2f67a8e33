package io.provctl.autoscaler.sim;

import io.provctl.text.TextTable;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The summary as a table: one row per measure, one column per policy, so --compare reads side by side. */
public final class SimText {

    private SimText() {
    }

    public static String render(List<SimResult> results) {
        List<String> headers = new ArrayList<>(List.of("measure"));
        results.forEach(r -> headers.add(r.policy()));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        row(table, results, "total cost", r -> r.totalCost().toPlainString());
        row(table, results, "lower bound", r -> r.lowerBoundCost().toPlainString());
        row(table, results, "cost / bound", r -> r.costOverBound().map(BigDecimal::toPlainString).orElse("-"));
        row(table, results, "node-hours", SimText::nodeHours);
        row(table, results, "peak nodes", r -> String.valueOf(r.peakNodes()));
        row(table, results, "cpu allocation", r -> percent(r.meanCpuAllocation()));
        row(table, results, "memory allocation", r -> percent(r.meanMemoryAllocation()));
        row(table, results, "wait p50/p95/p99/max", SimText::waits);
        row(table, results, "pods never scheduled", r -> r.unscheduledPods() + " of " + r.pods());
        row(table, results, "scale-ups (nodes)", r -> r.scaleUps() + " (" + r.nodesAdded() + ")");
        row(table, results, "nodes removed", r -> String.valueOf(r.scaleDowns()));
        row(table, results, "simulated span", r -> span(r.span()));
        row(table, results, "wall time", r -> String.format(Locale.ROOT, "%.2fs", r.wallTime().toNanos() / 1e9));
        return table.render();
    }

    private static void row(TextTable table, List<SimResult> results, String name, Function<SimResult, String> cell) {
        List<String> cells = new ArrayList<>(List.of(name));
        results.forEach(r -> cells.add(cell.apply(r)));
        table.row(cells.toArray());
    }

    private static String nodeHours(SimResult r) {
        return r.nodeHours().isEmpty() ? "-" : r.nodeHours().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining(", "));
    }

    private static String waits(SimResult r) {
        WaitStats w = r.waitSeconds();
        return w.p50().toPlainString() + "/" + w.p95().toPlainString() + "/" + w.p99().toPlainString() + "/"
                + w.max().toPlainString() + "s";
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static String span(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%dd%02dh%02dm%02ds", s / 86400, s % 86400 / 3600, s % 3600 / 60, s % 60);
    }
}
