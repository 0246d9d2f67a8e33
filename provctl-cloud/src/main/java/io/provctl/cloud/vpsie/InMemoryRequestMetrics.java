package io.provctl.cloud.vpsie;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests by method and status and keeps a latency summary per method, in memory. */
public final class InMemoryRequestMetrics implements RequestMetrics {

    private final ConcurrentMap<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> rejections = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LatencySummary> latency = new ConcurrentHashMap<>();

    @Override
    public void record(String method, int status, Duration elapsed) {
        requests.computeIfAbsent(method + " " + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(method, k -> new LatencySummary()).add(elapsed);
    }

    @Override
    public void rejected(String method) {
        rejections.computeIfAbsent(method, k -> new LongAdder()).increment();
    }

    /** Requests by "METHOD STATUS" (status 0: no answer). */
    public Map<String, Long> requests() {
        Map<String, Long> out = new TreeMap<>();
        requests.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long requests(String method, int status) {
        return requests.getOrDefault(method + " " + status, new LongAdder()).sum();
    }

    public long rejections(String method) {
        return rejections.getOrDefault(method, new LongAdder()).sum();
    }

    public Latency latency(String method) {
        return latency.getOrDefault(method, new LatencySummary()).snapshot();
    }

    /** Count, total and slowest exchange of one method. */
    public record Latency(long count, Duration total, Duration max) {
    }

    private static final class LatencySummary {
        private long count;
        private Duration total = Duration.ZERO;
        private Duration max = Duration.ZERO;

        synchronized void add(Duration d) {
            count++;
            total = total.plus(d);
            max = d.compareTo(max) > 0 ? d : max;
        }

        synchronized Latency snapshot() {
            return new Latency(count, total, max);
        }
    }
}
