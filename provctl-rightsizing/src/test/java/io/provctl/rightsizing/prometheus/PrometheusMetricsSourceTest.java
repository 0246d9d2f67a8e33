package io.provctl.rightsizing.prometheus;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.MetricsException;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.testsupport.FakePrometheus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static io.provctl.rightsizing.testsupport.FakePrometheus.matrix;
import static io.provctl.rightsizing.testsupport.FakePrometheus.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrometheusMetricsSourceTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    private static final long T0 = 1_795_000_000L;
    private static final UsageQuery QUERY = new UsageQuery(WEB, Instant.ofEpochSecond(T0),
            Instant.ofEpochSecond(T0 + 180), Duration.ofMinutes(1));
    private static final ContainerId APP = new ContainerId("web-7d9f8-abcde", "app");

    private final FakePrometheus prometheus = FakePrometheus.start();

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private PrometheusMetricsSource source(Duration timeout) {
        return PrometheusMetricsSource.create(prometheus.uri(), timeout);
    }

    @Test
    void readsCpuMemoryAndOomKillsFromRangeQueries() {
        prometheus.respond("container_cpu_usage_seconds_total", 200, matrix(List.of(
                series("shop", APP.pod(), "app", T0, 60, "0.25", "0.1255", "NaN", "0.3"))));
        prometheus.respond("container_memory_working_set_bytes", 200, matrix(List.of(
                series("shop", APP.pod(), "app", T0, 60, "104857600", "1.048576e8"))));
        prometheus.respond("container_oom_events_total", 200, matrix(List.of(
                series("shop", APP.pod(), "app", T0, 60, "2", "3", "3", "1"))));

        WorkloadUsage u = source(Duration.ofSeconds(5)).usage(QUERY);

        assertThat(u.cpu()).containsExactly(
                new CpuSample(Instant.ofEpochSecond(T0), APP, 250),
                new CpuSample(Instant.ofEpochSecond(T0 + 60), APP, 125.5),
                new CpuSample(Instant.ofEpochSecond(T0 + 180), APP, 300));
        assertThat(u.memory()).containsExactly(
                new MemorySample(Instant.ofEpochSecond(T0), APP, 104_857_600),
                new MemorySample(Instant.ofEpochSecond(T0 + 60), APP, 104_857_600));
        // 2 -> 3 is one kill; 3 -> 1 is a new container whose counter already shows one.
        assertThat(u.oomKills()).containsExactly(new OomKill(Instant.ofEpochSecond(T0 + 60), APP),
                new OomKill(Instant.ofEpochSecond(T0 + 180), APP));
        assertThat(u.query()).isEqualTo(QUERY);
    }

    @Test
    void sendsTheWindowStepAndAWorkloadSelector() {
        source(Duration.ofSeconds(5)).usage(QUERY);

        assertThat(prometheus.requests()).hasSize(3).allSatisfy(r -> {
            assertThat(r).containsEntry("path", "/api/v1/query_range")
                    .containsEntry("start", Long.toString(T0))
                    .containsEntry("end", Long.toString(T0 + 180))
                    .containsEntry("step", "60s");
            assertThat(r.get("query")).contains("namespace=\"shop\"", "pod=~\"web-[a-z0-9]+-[a-z0-9]+\"",
                    "container!=\"POD\"");
        });
        assertThat(prometheus.requests()).extracting(r -> r.get("query")).containsExactly(
                "sum by (pod, container) (rate(container_cpu_usage_seconds_total{namespace=\"shop\","
                        + "pod=~\"web-[a-z0-9]+-[a-z0-9]+\",container!=\"\",container!=\"POD\"}[5m]))",
                "max by (pod, container) (container_memory_working_set_bytes{namespace=\"shop\","
                        + "pod=~\"web-[a-z0-9]+-[a-z0-9]+\",container!=\"\",container!=\"POD\"})",
                "max by (pod, container) (container_oom_events_total{namespace=\"shop\","
                        + "pod=~\"web-[a-z0-9]+-[a-z0-9]+\",container!=\"\",container!=\"POD\"})");
    }

    @Test
    void keepsAPathPrefixOfTheServerUrl() {
        PrometheusMetricsSource s = PrometheusMetricsSource.create(URI.create(prometheus.uri() + "/prom/"),
                Duration.ofSeconds(5));
        s.usage(QUERY);
        assertThat(prometheus.requests()).extracting(r -> r.get("path")).containsOnly("/prom/api/v1/query_range");
    }

    @Test
    void anErrorStatusNamesTheServerAndPrometheusReason() {
        prometheus.respondToAll(400, "{\"status\":\"error\",\"errorType\":\"bad_data\","
                + "\"error\":\"invalid parameter \\\"query\\\": parse error\"}");
        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).usage(QUERY))
                .isInstanceOf(MetricsException.class)
                .hasMessageStartingWith(prometheus.uri() + " answered HTTP 400 (bad_data: invalid parameter")
                .hasMessageContaining("container_cpu_usage_seconds_total");
    }

    @Test
    void anErrorStatusInsideA200IsStillAnError() {
        prometheus.respondToAll(200, "{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}");
        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).usage(QUERY))
                .isInstanceOf(MetricsException.class).hasMessageContaining("HTTP 200 (timeout: query timed out)");
    }

    @Test
    void aServerErrorWithoutJsonIsReported() {
        prometheus.respondToAll(503, "<html>Service Unavailable</html>");
        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).usage(QUERY))
                .isInstanceOf(MetricsException.class)
                .hasMessageContaining("HTTP 503 with a body that is not JSON")
                .hasMessageContaining("Service Unavailable");
    }

    @Test
    void malformedJsonIsReported() {
        prometheus.respondToAll(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).usage(QUERY))
                .isInstanceOf(MetricsException.class).hasMessageContaining("returned malformed JSON");
    }

    @Test
    void aMalformedPointOrAnUnexpectedResultTypeIsReported() {
        prometheus.respond("container_cpu_usage_seconds_total", 200,
                matrix(List.of("{\"metric\":{\"pod\":\"p\",\"container\":\"c\"},\"values\":[[1,2]]}")));
        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).usage(QUERY))
                .isInstanceOf(MetricsException.class).hasMessageContaining("malformed point [1,2]");

        prometheus.respond("container_cpu_usage_seconds_total", 200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
        assertThatThrownBy(() -> source(Duration.ofSeconds(5)).usage(QUERY))
                .isInstanceOf(MetricsException.class).hasMessageContaining("no matrix").hasMessageContaining("vector");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsReported() {
        CountDownLatch release = new CountDownLatch(1);
        prometheus.holdUntil(release);
        try {
            assertThatThrownBy(() -> source(Duration.ofMillis(200)).usage(QUERY))
                    .isInstanceOf(MetricsException.class)
                    .hasMessageContaining("did not answer within 200 ms");
        } finally {
            release.countDown();
        }
    }

    @Test
    void anUnreachableServerIsReported() {
        URI closed = prometheus.uri();
        prometheus.close();
        assertThatThrownBy(() -> PrometheusMetricsSource.create(closed, Duration.ofSeconds(2)).usage(QUERY))
                .isInstanceOf(MetricsException.class).hasMessageContaining("cannot reach Prometheus at " + closed);
    }

    @Test
    void podPatternsFollowEachControllersNaming() {
        assertThat(PromQl.podPattern(WEB)).isEqualTo("web-[a-z0-9]+-[a-z0-9]+");
        assertThat(PromQl.podPattern(new WorkloadRef("db", WorkloadKind.STATEFUL_SET, "pg.main")))
                .isEqualTo("pg\\.main-[0-9]+");
        assertThat(PromQl.podPattern(new WorkloadRef("ops", WorkloadKind.DAEMON_SET, "agent")))
                .isEqualTo("agent-[a-z0-9]+");
        assertThat(PromQl.quote("a\"b\\c")).isEqualTo("a\\\"b\\\\c");
        assertThat(Map.of("q", PromQl.selector(new WorkloadRef("db", WorkloadKind.STATEFUL_SET, "pg.main"))))
                .containsEntry("q", "{namespace=\"db\",pod=~\"pg\\\\.main-[0-9]+\",container!=\"\",container!=\"POD\"}");
    }
}
