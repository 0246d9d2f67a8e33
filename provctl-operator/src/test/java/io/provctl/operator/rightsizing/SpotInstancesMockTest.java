package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationPhase;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.operator.testsupport.Rightsizing;
import io.provctl.operator.testsupport.SpotFixtures;
import io.provctl.rightsizing.Resources;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole operator on the mock API server: a move to spot applied, then undone by deleting the resource. */
@EnableKubernetesMockClient(crud = true, https = false)
class SpotInstancesMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private ProvctlOperator operator;

    @BeforeEach
    void start() {
        OperatorHarness.installCrds(client);
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
    void movesAPdbCoveredDeploymentToSpotAndRestoresItOnDeletion() {
        PodTemplateSpec original = client.resource(SpotFixtures.placedDeployment("web", 3)).create()
                .getSpec().getTemplate();
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        client.resource(Rightsizing.costOptimization("web-opt", SpotFixtures.automaticSpot())).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(phase()).isEqualTo(CostOptimizationPhase.Applied);
            assertThat(template().getSpec().getTolerations()).hasSize(2);
            assertThat(template().getSpec().getAffinity().getNodeAffinity()
                    .getPreferredDuringSchedulingIgnoredDuringExecution()).hasSize(2);
        });

        client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.resources(CostOptimization.class).inNamespace(NAMESPACE).list().getItems()).isEmpty();
            assertThat(template()).isEqualTo(original);
        });
    }

    private CostOptimizationPhase phase() {
        CostOptimization co = client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").get();
        return co == null || co.getStatus() == null ? null : co.getStatus().getPhase();
    }

    private PodTemplateSpec template() {
        return client.apps().deployments().inNamespace(NAMESPACE).withName("web").get().getSpec().getTemplate();
    }
}
