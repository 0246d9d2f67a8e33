package io.provctl.rightsizing.sampling;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.MetricsSource;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history metrics.k8s.io does not keep. That API answers only "now", so the operator polls it
 * (through fabric8) and feeds each reading here; this class is the pure part: a bounded, in-memory
 * history per workload served through the same {@link MetricsSource} port as Prometheus. Bounded two
 * ways: readings older than the retention before the newest are dropped, and each container keeps at
 * most {@code maxSamplesPerContainer} (30 days at one reading a minute is 43,200). History is lost on
 * restart; a recommendation made from it reports the shorter history through its confidence.
 */
public final class SampledUsageHistory implements MetricsSource {

    private final Duration retention;
    private final int maxSamplesPerContainer;
    private final Map<WorkloadRef, Map<ContainerId, Deque<PodUsageSample>>> samples = new HashMap<>();
    private final Map<WorkloadRef, Deque<OomKill>> kills = new HashMap<>();

    public SampledUsageHistory(Duration retention, int maxSamplesPerContainer) {
        if (retention.isNegative() || retention.isZero() || maxSamplesPerContainer < 1) {
            throw new IllegalArgumentException("retention must be positive and at least one sample kept");
        }
        this.retention = retention;
        this.maxSamplesPerContainer = maxSamplesPerContainer;
    }

    /** 30 days (the longest metrics window) at one reading a minute. */
    public static SampledUsageHistory standard() {
        return new SampledUsageHistory(Duration.ofDays(30), 43_200);
    }

    /** Adds a reading; one no newer than the container's latest held is ignored. */
    public synchronized void record(WorkloadRef workload, PodUsageSample sample) {
        Map<ContainerId, Deque<PodUsageSample>> byContainer = samples.computeIfAbsent(workload, w -> new HashMap<>());
        Deque<PodUsageSample> q = byContainer.computeIfAbsent(sample.container(), c -> new ArrayDeque<>());
        // metrics.k8s.io answers the same reading until its next scrape, and a poll may come sooner:
        // a reading no newer than the last one held is that reading again and would weigh twice.
        if (!q.isEmpty() && !sample.at().isAfter(q.peekLast().at())) {
            return;
        }
        q.addLast(sample);
        while (q.size() > maxSamplesPerContainer) {
            q.removeFirst();
        }
        prune(byContainer, sample.at().minus(retention));
    }

    /** Adds an OOM kill; one already held (same container, same time) is ignored. */
    public synchronized void recordOomKill(WorkloadRef workload, OomKill kill) {
        Deque<OomKill> q = kills.computeIfAbsent(workload, w -> new ArrayDeque<>());
        // A pod shows its last termination until the next one, so every poll sees the same kill again.
        if (q.contains(kill)) {
            return;
        }
        q.addLast(kill);
        Instant oldest = kill.at().minus(retention);
        q.removeIf(k -> k.at().isBefore(oldest));
    }

    /** Readings held for the workload, all containers together (for tests and the operator's health). */
    public synchronized int size(WorkloadRef workload) {
        return samples.getOrDefault(workload, Map.of()).values().stream().mapToInt(Deque::size).sum();
    }

    @Override
    public synchronized WorkloadUsage usage(UsageQuery query) {
        List<CpuSample> cpu = new ArrayList<>();
        List<MemorySample> mem = new ArrayList<>();
        samples.getOrDefault(query.workload(), Map.of()).values().forEach(q -> q.stream()
                .filter(s -> query.covers(s.at()))
                .forEach(s -> {
                    cpu.add(new CpuSample(s.at(), s.container(), s.cpuMillicores()));
                    mem.add(new MemorySample(s.at(), s.container(), s.memoryBytes()));
                }));
        List<OomKill> oom = kills.getOrDefault(query.workload(), new ArrayDeque<>()).stream()
                .filter(k -> query.covers(k.at())).toList();
        return new WorkloadUsage(query, cpu, mem, oom);
    }

    /** Drops readings older than {@code oldest} and containers (of pods gone) left with none. */
    private static void prune(Map<ContainerId, Deque<PodUsageSample>> byContainer, Instant oldest) {
        byContainer.values().forEach(q -> {
            while (!q.isEmpty() && q.peekFirst().at().isBefore(oldest)) {
                q.removeFirst();
            }
        });
        byContainer.values().removeIf(Deque::isEmpty);
    }
}
