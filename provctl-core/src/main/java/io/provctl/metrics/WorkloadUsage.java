package io.provctl.metrics;

import java.util.List;
import java.util.Objects;

/** Everything a metrics source knows about one workload's usage over one query window. */
public record WorkloadUsage(UsageQuery query, List<CpuSample> cpu, List<MemorySample> memory,
                            List<OomKill> oomKills) {

    public WorkloadUsage {
        Objects.requireNonNull(query, "query");
        cpu = List.copyOf(cpu);
        memory = List.copyOf(memory);
        oomKills = List.copyOf(oomKills);
    }

    public static WorkloadUsage empty(UsageQuery query) {
        return new WorkloadUsage(query, List.of(), List.of(), List.of());
    }

    /** The same usage restricted to the query's window: a source may return more than was asked. */
    public WorkloadUsage within(UsageQuery narrower) {
        return new WorkloadUsage(narrower,
                cpu.stream().filter(s -> narrower.covers(s.at())).toList(),
                memory.stream().filter(s -> narrower.covers(s.at())).toList(),
                oomKills.stream().filter(o -> narrower.covers(o.at())).toList());
    }
}
