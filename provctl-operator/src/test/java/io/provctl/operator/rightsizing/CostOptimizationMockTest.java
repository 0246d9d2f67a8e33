package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationPhase;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.operator.testsupport.PhaseRecorder;
import io.provctl.operator.testsupport.Rightsizing;
import io.provctl.rightsizing.Resources;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole operator on the mock API server: auto-apply, rollback after an OOM kill, deletion. */
@EnableKubernetesMockClient(crud = true, https = false)
class CostOptimizationMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private ProvctlOperator operator;

    @BeforeEach
    void start() {
        OperatorHarness.installCrds(client);
        client.resource(Rightsizing.deployment("web", 3)).create();
        RightsizingSettings settings = RightsizingSettings.defaults(
                new Rightsizing.SteadyUsage(3, 200, 300 * Resources.MIB)).withWatchPoll(Duration.ofMillis(100));
        operator = ProvctlOperator.start(OperatorHarness.options(dir, false, "a"), client,
                new FakeKubelet(OperatorHarness.cloud(dir, clock), client), clock, registry, settings);
    }

    @AfterEach
    void stop() {
        operator.close();
    }

    @Test
    void aDryRunPassesThroughPendingAndAnalyzingToReady() {
        PhaseRecorder recorder = new PhaseRecorder();
        try (Watch ignored = client.resources(CostOptimization.class).inNamespace(NAMESPACE).watch(recorder)) {
            client.resource(Rightsizing.costOptimization("web-opt", s -> { })).create();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.phases())
                    .containsExactly(CostOptimizationPhase.Pending, CostOptimizationPhase.Analyzing,
                            CostOptimizationPhase.Ready));
        }
    }

    @Test
    void appliesRollsBackAfterAnOomKillAndCleansUpOnDeletion() {
        PhaseRecorder recorder = new PhaseRecorder();
        Watch watch = client.resources(CostOptimization.class).inNamespace(NAMESPACE).watch(recorder);
        client.resource(Rightsizing.costOptimization("web-opt", Rightsizing.automatic())).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(phase()).isEqualTo(CostOptimizationPhase.Applied);
            assertThat(resources().getRequests()).containsEntry("cpu", new Quantity("800m"));
        });

        client.resource(Rightsizing.oomKilledPod(client, "web-5d8f-new")).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(phase()).isEqualTo(CostOptimizationPhase.RolledBack);
            assertThat(resources().getRequests()).isEqualTo(Map.of("cpu", new Quantity("1"),
                    "memory", new Quantity("1Gi")));
        });
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(recorder.phases()).containsExactly(
                CostOptimizationPhase.Pending, CostOptimizationPhase.Analyzing, CostOptimizationPhase.Applying,
                CostOptimizationPhase.Applied, CostOptimizationPhase.RolledBack));
        watch.close();
        assertThat(registry.scrape()).contains("provctl_costopt_created_optimizations_total 1.0",
                "provctl_costopt_optimizations_applied_total{optimization_type=\"ALL\"} 1.0",
                "provctl_costopt_rollbacks_total 1.0", "provctl_costopt_optimization_duration_seconds_count");
        assertThat(client.v1().events().inNamespace(NAMESPACE).list().getItems())
                .extracting(e -> e.getReason()).contains("Created", "Applied", "RolledBack");

        client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(client.resources(CostOptimization.class).inNamespace(NAMESPACE).list().getItems()).isEmpty());
    }

    private CostOptimizationPhase phase() {
        CostOptimization co = client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").get();
        return co.getStatus() == null ? null : co.getStatus().getPhase();
    }

    private ResourceRequirements resources() {
        return client.apps().deployments().inNamespace(NAMESPACE).withName("web").get()
                .getSpec().getTemplate().getSpec().getContainers().get(0).getResources();
    }
}
