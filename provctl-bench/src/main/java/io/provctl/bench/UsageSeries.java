package io.provctl.bench;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic per-minute usage of one workload, as a Prometheus range query would return it: every pod's
 * every container sampled once a step over the window. CPU follows a daily wave with noise; memory a slow
 * drift with noise. Seeded, so each workload's series is the same on every run.
 */
public final class UsageSeries {

    private static final double MINUTES_PER_DAY = 24 * 60;

    private UsageSeries() {
    }

    public static WorkloadUsage workload(int index, int pods, int containers, Instant end, Duration window,
                                         Duration step) {
        WorkloadRef ref = new WorkloadRef("bench", WorkloadKind.DEPLOYMENT, "app-" + index);
        Instant start = end.minus(window);
        UsageQuery query = new UsageQuery(ref, start, end, step);
        int samples = (int) (window.toMillis() / step.toMillis());
        SplittableRandom random = new SplittableRandom(index);
        List<CpuSample> cpu = new ArrayList<>(pods * containers * samples);
        List<MemorySample> memory = new ArrayList<>(pods * containers * samples);
        for (int p = 0; p < pods; p++) {
            for (int c = 0; c < containers; c++) {
                ContainerId id = new ContainerId("app-" + index + "-" + p, "c" + c);
                double baseCpu = 50 + random.nextInt(950);
                double baseMem = (64 + random.nextInt(1_984)) * 1024.0 * 1024.0;
                for (int i = 1; i <= samples; i++) {
                    Instant at = start.plusMillis(step.toMillis() * i);
                    double wave = 1 + 0.6 * Math.sin(2 * Math.PI * i * step.toMinutes() / MINUTES_PER_DAY);
                    cpu.add(new CpuSample(at, id, baseCpu * wave * (0.8 + 0.4 * random.nextDouble())));
                    memory.add(new MemorySample(at, id, (long) (baseMem * (0.9 + 0.2 * random.nextDouble()))));
                }
            }
        }
        return new WorkloadUsage(query, cpu, memory, List.of());
    }
}
