package io.provctl.rightsizing;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.histogram.DecayingHistogram;
import io.provctl.rightsizing.histogram.ExponentialBuckets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns raw samples into one {@link ContainerHistory} per container name. */
final class UsageAggregator {

    private final RecommenderSettings settings;

    UsageAggregator(RecommenderSettings settings) {
        this.settings = settings;
    }

    /**
     * @param memoryRequests each container's current memory request, the least it was using when it
     *                       was OOM-killed if no larger sample was seen
     */
    Map<String, ContainerHistory> aggregate(WorkloadUsage usage, Map<String, Long> memoryRequests) {
        Map<String, List<CpuSample>> cpu = byName(usage.cpu(), s -> s.container().container());
        Map<String, List<MemorySample>> mem = byName(usage.memory(), s -> s.container().container());
        Map<String, List<OomKill>> ooms = byName(usage.oomKills(), o -> o.container().container());
        Set<String> names = new TreeSet<>(cpu.keySet());
        names.addAll(mem.keySet());
        Map<String, ContainerHistory> out = new TreeMap<>();
        for (String name : names) {
            out.put(name, history(name, usage.query().start(), cpu.getOrDefault(name, List.of()),
                    mem.getOrDefault(name, List.of()), ooms.getOrDefault(name, List.of()),
                    memoryRequests.getOrDefault(name, 0L)));
        }
        return out;
    }

    /** One pass over the samples, however many container names there are. */
    private static <T> Map<String, List<T>> byName(List<T> samples, Function<T, String> name) {
        Map<String, List<T>> out = new HashMap<>();
        for (T s : samples) {
            out.computeIfAbsent(name.apply(s), n -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private ContainerHistory history(String name, Instant windowStart, List<CpuSample> cpu, List<MemorySample> mem,
                                     List<OomKill> ooms, long memoryRequest) {
        DecayingHistogram cpuHist = new DecayingHistogram(cpuBuckets(), settings.halfLife());
        // Every sample weighs the same: the VPA weighs CPU by the request in force at the time, which
        // a metrics source does not report, and a constant weight changes no percentile.
        cpu.forEach(s -> cpuHist.add(s.millicores(), 1.0, s.at()));
        DecayingHistogram memHist = new DecayingHistogram(memoryBuckets(), settings.halfLife());
        peaks(windowStart, mem, ooms, memoryRequest).forEach(p -> memHist.add(p.bytes(), 1.0, p.at()));
        SampleTimes times = SampleTimes.of(cpu, mem);
        return new ContainerHistory(name, cpuHist, memHist, times.first(), times.last(), times.distinct(),
                ooms.size());
    }

    /**
     * One peak per pod container per aggregation interval, as the VPA keeps them: memory is sized for
     * the worst moment of each day, not for a typical sample. An OOM kill raises its interval's peak
     * to what was used times the bump ratio (or plus the minimum bump), because the working set seen
     * before a kill understates what the container wanted.
     */
    private List<MemorySample> peaks(Instant windowStart, List<MemorySample> samples, List<OomKill> ooms,
                                     long memoryRequest) {
        Map<PeakKey, MemorySample> peaks = new HashMap<>();
        // A series arrives in order, so most samples share the previous one's interval: keep that
        // interval's peak at hand and touch the map only when the interval changes.
        PeakKey open = null;
        MemorySample openPeak = null;
        for (MemorySample s : samples) {
            if (open != null && open.container().equals(s.container())
                    && open.interval() == interval(windowStart, s.at())) {
                openPeak = openPeak.bytes() >= s.bytes() ? openPeak : s;
                continue;
            }
            PeakKey key = key(windowStart, s.container(), s.at());
            if (open != null) {
                peaks.merge(open, openPeak, (a, b) -> a.bytes() >= b.bytes() ? a : b);
            }
            open = key;
            openPeak = s;
        }
        if (open != null) {
            peaks.merge(open, openPeak, (a, b) -> a.bytes() >= b.bytes() ? a : b);
        }
        for (OomKill k : ooms) {
            PeakKey key = key(windowStart, k.container(), k.at());
            long used = Math.max(memoryRequest, peaks.containsKey(key) ? peaks.get(key).bytes() : 0);
            long bumped = Math.max((long) Math.ceil(used * settings.oomBumpRatio()), used + settings.oomMinBumpBytes());
            peaks.merge(key, new MemorySample(k.at(), k.container(), bumped), (a, b) -> a.bytes() >= b.bytes() ? a : b);
        }
        return new ArrayList<>(peaks.values());
    }

    private PeakKey key(Instant windowStart, ContainerId c, Instant at) {
        return new PeakKey(c, interval(windowStart, at));
    }

    private long interval(Instant windowStart, Instant at) {
        return Math.floorDiv(at.toEpochMilli() - windowStart.toEpochMilli(), settings.memoryAggregation().toMillis());
    }

    private ExponentialBuckets cpuBuckets() {
        return new ExponentialBuckets(settings.cpuFirstBucketMillis(), settings.bucketRatio(), settings.cpuMaxMillis());
    }

    private ExponentialBuckets memoryBuckets() {
        return new ExponentialBuckets(settings.memoryFirstBucket(), settings.bucketRatio(), settings.memoryMax());
    }

    private record PeakKey(ContainerId container, long interval) {
    }
}
