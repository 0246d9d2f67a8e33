package io.provctl.autoscaler.sim;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The per-minute timeline as CSV, one row per policy and minute:
 * {@code policy,time_s,nodes,nodes_by_offering,pending_pods,cpu_allocation,memory_allocation,cost_per_hour},
 * where nodes_by_offering reads {@code t3.large=3;m5.xlarge=1} so policies with different offerings share
 * one header.
 */
public final class TimelineCsv {

    public static final String HEADER =
            "policy,time_s,nodes,nodes_by_offering,pending_pods,cpu_allocation,memory_allocation,cost_per_hour\n";

    private TimelineCsv() {
    }

    public static String render(List<SimResult> results) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (SimResult r : results) {
            for (TimelinePoint p : r.timeline()) {
                sb.append(r.policy()).append(',').append(p.timeMillis() / 1000).append(',').append(p.nodes()).append(',')
                        .append(p.nodesByOffering().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(";")))
                        .append(',').append(p.pendingPods()).append(',')
                        .append(String.format(Locale.ROOT, "%.4f,%.4f,", p.cpuAllocation(), p.memoryAllocation()))
                        .append(p.costPerHour().toPlainString()).append('\n');
            }
        }
        return sb.toString();
    }
}
