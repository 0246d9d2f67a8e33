package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationStatus;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.operator.testsupport.Rightsizing;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.sampling.SampledUsageHistory;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sampler on the CRUD mock with the real client: PodMetrics objects are created in the mock
 * (metrics.k8s.io/v1beta1, as metrics-server serves them) and read back through client.top().
 */
@EnableKubernetesMockClient(crud = true, https = false)
class PodMetricsSamplerMockTest {

    private static final WorkloadRef WEB = new WorkloadRef(NAMESPACE, WorkloadKind.DEPLOYMENT, "web");

    KubernetesClient client;
    KubernetesMockServer server;

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private final SampledUsageHistory history = SampledUsageHistory.standard();

    @BeforeEach
    void setUp() {
        OperatorHarness.installCrds(client);
        client.resource(Rightsizing.deployment("web", 2)).create();
        client.resource(OperatorHarness.runningPod("web-5d8f-0", "n1", Rightsizing.WEB_LABELS)).create();
        client.resource(OperatorHarness.runningPod("web-5d8f-1", "n1", Rightsizing.WEB_LABELS)).create();
        client.resource(OperatorHarness.runningPod("db-0", "n1", Map.of("app", "db"))).create();
        client.resource(Rightsizing.costOptimization("web-opt", s -> { })).create();
        for (String pod : new String[] {"web-5d8f-0", "web-5d8f-1", "db-0"}) {
            client.resource(metrics(pod, "2026-11-23T12:00:00Z", "200m")).create();
        }
    }

    @Test
    void recordsTheTargetsPodsOnlyAndEachReadingOnce() {
        PodMetricsSampler sampler = new PodMetricsSampler(client, history, clock);

        assertThat(sampler.sampleOnce()).as("the two web pods, not db-0").isEqualTo(2);
        sampler.sampleOnce();

        assertThat(history.size(WEB)).as("the same reading again is not a new one").isEqualTo(2);
        assertThat(history.usage(query()).cpu()).extracting(c -> c.container().pod(), c -> c.millicores())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("web-5d8f-0", 200.0),
                        org.assertj.core.groups.Tuple.tuple("web-5d8f-1", 200.0));
        assertThat(sampler.metricsApiAvailable()).isTrue();
    }

    @Test
    void oomKillsInThePodsStatusesAreRecordedOnce() {
        client.pods().inNamespace(NAMESPACE).withName("web-5d8f-1").edit(p -> new io.fabric8.kubernetes.api.model.PodBuilder(p)
                .editStatus().addNewContainerStatus().withName("app").withRestartCount(1).withNewLastState()
                .withNewTerminated().withReason("OOMKilled").withExitCode(137).withFinishedAt("2026-11-23T11:58:00Z")
                .endTerminated().endLastState().endContainerStatus().endStatus().build());
        PodMetricsSampler sampler = new PodMetricsSampler(client, history, clock);

        sampler.sampleOnce();
        sampler.sampleOnce();

        assertThat(history.usage(query()).oomKills()).containsExactly(new io.provctl.metrics.OomKill(
                Instant.parse("2026-11-23T11:58:00Z"), new io.provctl.metrics.ContainerId("web-5d8f-1", "app")));
    }

    @Test
    void withoutMetricsServerAPassRecordsNothingAndTheNextOneStillRuns() {
        // What the API server answers when no APIService serves metrics.k8s.io (expectations win over CRUD).
        server.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/" + NAMESPACE + "/pods")
                .andReturn(404, "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}")
                .times(2);
        PodMetricsSampler sampler = new PodMetricsSampler(client, history, clock);

        assertThat(sampler.sampleOnce()).isZero();
        assertThat(sampler.sampleOnce()).isZero();
        assertThat(sampler.metricsApiAvailable()).isFalse();

        assertThat(sampler.sampleOnce()).as("served again").isEqualTo(2);
        assertThat(sampler.metricsApiAvailable()).isTrue();
    }

    @Test
    void samplesOnItsIntervalUntilClosed() {
        PodMetricsSampler sampler = new PodMetricsSampler(client, history, clock).start(Duration.ofMillis(50));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> history.size(WEB) == 2);
            client.resource(metrics("web-5d8f-0", "2026-11-23T12:01:00Z", "400m")).update();

            await().atMost(Duration.ofSeconds(10)).until(() -> history.size(WEB) == 3);
        } finally {
            sampler.close();
        }
        assertThat(sampler.stopped()).isTrue();
    }

    @Test
    void theControllerAnalysesTheSampledHistoryWithTheLowConfidenceOfAShortOne() {
        PodMetricsSampler sampler = new PodMetricsSampler(client, history, clock);
        sampler.sampleOnce();
        client.resource(metrics("web-5d8f-0", "2026-11-23T12:01:00Z", "220m")).update();
        client.resource(metrics("web-5d8f-1", "2026-11-23T12:01:00Z", "180m")).update();
        sampler.sampleOnce();
        clock.advance(Duration.ofMinutes(2));
        CostOptimizationController controller = new CostOptimizationController(client,
                RightsizingSettings.defaults(history), clock,
                new CostOptimizationMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));

        controller.reconcile(current());

        CostOptimizationStatus status = current().getStatus();
        assertThat(status.getCurrentRecommendation()).as(status.getMessage()).isNotNull();
        assertThat(status.getCurrentRecommendation().getConfidence()).isLessThan(0.01);
        assertThat(status.getMessage()).contains("confidence");
    }

    private CostOptimization current() {
        return client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").get();
    }

    private static UsageQuery query() {
        return new UsageQuery(WEB, Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-24T00:00:00Z"),
                Duration.ofMinutes(1));
    }

    private static PodMetrics metrics(String pod, String timestamp, String cpu) {
        return new PodMetricsBuilder().withNewMetadata().withName(pod).withNamespace(NAMESPACE).endMetadata()
                .withTimestamp(timestamp).withWindow(new io.fabric8.kubernetes.api.model.Duration())
                .addNewContainer().withName("app").withUsage(Map.of("cpu", new Quantity(cpu),
                        "memory", new Quantity(300 * Resources.MIB + ""))).endContainer()
                .build();
    }
}
