package io.provctl.rightsizing.prometheus;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.MetricsException;
import io.provctl.metrics.MetricsSource;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadUsage;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Usage from Prometheus' HTTP API ({@code /api/v1/query_range}): CPU from the rate of
 * {@code container_cpu_usage_seconds_total}, memory from {@code container_memory_working_set_bytes},
 * OOM kills from the increments of {@code container_oom_events_total} (cAdvisor, kubelet 1.24+).
 */
public final class PrometheusMetricsSource implements MetricsSource {

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param base    the server, e.g. {@code http://prometheus.monitoring:9090} (a path prefix is kept)
     * @param timeout the most one query may take, connection included
     */
    public PrometheusMetricsSource(URI base, HttpClient http, Duration timeout) {
        this.base = Objects.requireNonNull(base, "base");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public static PrometheusMetricsSource create(URI base, Duration timeout) {
        return new PrometheusMetricsSource(base, HttpClient.newBuilder().connectTimeout(timeout).build(), timeout);
    }

    @Override
    public WorkloadUsage usage(UsageQuery q) {
        return new WorkloadUsage(q, cpu(q), memory(q), oomKills(q));
    }

    private List<CpuSample> cpu(UsageQuery q) {
        List<CpuSample> out = new ArrayList<>();
        for (Series s : queryRange(PromQl.cpu(q.workload()), q)) {
            Optional<ContainerId> id = containerId(s);
            id.ifPresent(c -> s.points().forEach(p -> out.add(new CpuSample(p.at(), c, Math.max(0, p.value() * 1000)))));
        }
        return out;
    }

    private List<MemorySample> memory(UsageQuery q) {
        List<MemorySample> out = new ArrayList<>();
        for (Series s : queryRange(PromQl.memory(q.workload()), q)) {
            Optional<ContainerId> id = containerId(s);
            id.ifPresent(c -> s.points().forEach(p -> out.add(new MemorySample(p.at(), c, Math.max(0, Math.round(p.value()))))));
        }
        return out;
    }

    /** Each rise of the counter is that many kills at that point; a drop is a reset (a new container). */
    private List<OomKill> oomKills(UsageQuery q) {
        List<OomKill> out = new ArrayList<>();
        for (Series s : queryRange(PromQl.oomEvents(q.workload()), q)) {
            Optional<ContainerId> id = containerId(s);
            if (id.isEmpty()) {
                continue;
            }
            double previous = Double.NaN;
            for (Series.Point p : s.points()) {
                long kills = Double.isNaN(previous) ? 0
                        : Math.round(p.value() >= previous ? p.value() - previous : p.value());
                for (long i = 0; i < kills; i++) {
                    out.add(new OomKill(p.at(), id.get()));
                }
                previous = p.value();
            }
        }
        return out;
    }

    private static Optional<ContainerId> containerId(Series s) {
        return s.label("pod").flatMap(pod -> s.label("container").map(c -> new ContainerId(pod, c)));
    }

    private List<Series> queryRange(String promql, UsageQuery q) {
        HttpRequest request = HttpRequest.newBuilder(uri(promql, q.start(), q.end(), q.step()))
                .timeout(timeout).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return PrometheusResponses.parse(base.toString(), promql, response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw new MetricsException(base + " did not answer within " + timeout.toMillis() + " ms: " + promql, e);
        } catch (IOException e) {
            throw new MetricsException("cannot reach Prometheus at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MetricsException("interrupted while querying " + base, e);
        }
    }

    private URI uri(String promql, Instant start, Instant end, Duration step) {
        String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        String query = "query=" + encode(promql) + "&start=" + epoch(start) + "&end=" + epoch(end)
                + "&step=" + step.toSeconds() + "s";
        return base.resolve(path + "/api/v1/query_range?" + query);
    }

    private static String epoch(Instant t) {
        return t.getNano() == 0 ? Long.toString(t.getEpochSecond())
                : t.getEpochSecond() + "." + String.format("%09d", t.getNano()).replaceAll("0+$", "");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
