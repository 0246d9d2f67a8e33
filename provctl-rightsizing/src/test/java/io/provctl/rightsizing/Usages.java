package io.provctl.rightsizing;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Synthetic usage series with known answers, built sample by sample. */
final class Usages {

    static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final List<CpuSample> cpu = new ArrayList<>();
    private final List<MemorySample> memory = new ArrayList<>();
    private final List<OomKill> ooms = new ArrayList<>();

    static Usages create() {
        return new Usages();
    }

    /** One sample per {@code step} from {@code from} (inclusive) to {@code to} (exclusive). */
    Usages series(String pod, String container, Instant from, Instant to, Duration step,
                  Function<Instant, Double> cpuMillis, Function<Instant, Long> memBytes) {
        ContainerId id = new ContainerId(pod, container);
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            cpu.add(new CpuSample(t, id, cpuMillis.apply(t)));
            memory.add(new MemorySample(t, id, memBytes.apply(t)));
        }
        return this;
    }

    /** Constant usage over the {@code length} before {@link #NOW}, one sample a minute. */
    Usages constant(String pod, String container, Duration length, double cpuMillis, long memBytes) {
        return series(pod, container, NOW.minus(length), NOW, Duration.ofMinutes(1), t -> cpuMillis, t -> memBytes);
    }

    Usages oom(String pod, String container, Instant at) {
        ooms.add(new OomKill(at, new ContainerId(pod, container)));
        return this;
    }

    WorkloadUsage build() {
        return new WorkloadUsage(new UsageQuery(WEB, NOW.minus(Duration.ofDays(40)), NOW, Duration.ofMinutes(1)),
                cpu, memory, ooms);
    }
}
