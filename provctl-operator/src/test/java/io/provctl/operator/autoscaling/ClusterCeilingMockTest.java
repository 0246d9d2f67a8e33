package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.rightsizing.RightsizingSettings;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cluster-wide node ceiling holds a burst back even where the group's own maxNodes would allow it. */
@EnableKubernetesMockClient(crud = true, https = false)
class ClusterCeilingMockTest {

    private static final Duration BATCH_IDLE = Duration.ofSeconds(10);

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private ProvctlOperator operator;
    private AutoscalerLoop loop;

    @BeforeEach
    void start() {
        OperatorHarness.installCrds(client);
        AutoscalerOptions autoscaling = AutoscalerOptions.defaults().withInterval(Duration.ofMillis(50))
                .withPrices(AutoscalerMockTest.PRICES)
                .withBatcher(new PodBatcher(BATCH_IDLE, Duration.ofSeconds(30)))
                .withCeilings(2, Optional.empty());
        operator = ProvctlOperator.start(OperatorHarness.options(dir, false, "a"), client,
                new SizedKubelet(OperatorHarness.cloud(dir, clock), client), clock,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                RightsizingSettings.defaults(RightsizingSettings.unconfiguredSource()), autoscaling);
        loop = operator.autoscaler().orElseThrow();
    }

    @AfterEach
    void stop() {
        operator.close();
    }

    @Test
    void aBurstIsCutToTheClusterCeiling() {
        client.resource(OperatorHarness.group("web", 0, 5)).create();
        // Three 1.5-CPU pods need three local.small nodes; the cluster may hold two.
        List.of("a", "b", "c").forEach(name -> client.resource(
                ClusterSnapshotBuilderTest.pending(name, "1500m", "1Gi")).create());

        awaitPasses(2);
        clock.advance(BATCH_IDLE);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web").get()
                    .getStatus().getDesiredNodes()).isEqualTo(2);
            assertThat(client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems()).hasSize(2);
        });
        awaitPasses(3);
        clock.advance(BATCH_IDLE);
        awaitPasses(3);
        assertThat(client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems()).hasSize(2);
    }

    private void awaitPasses(int more) {
        long target = loop.completedPasses() + more;
        await().atMost(Duration.ofSeconds(10)).until(() -> loop.completedPasses() >= target);
    }
}
