package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.testsupport.OperatorHarness;
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

    KubernetesClient client;

    @TempDir
    Path dir;

    private RunningAutoscaler running;

    @BeforeEach
    void start() {
        running = RunningAutoscaler.start(client, dir, RunningAutoscaler.options().withPrices(AutoscalerMockTest.PRICES)
                .withCeilings(2, Optional.empty()));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aBurstIsCutToTheClusterCeiling() {
        client.resource(OperatorHarness.group("web", 0, 5)).create();
        // Three 1.5-CPU pods need three local.small nodes; the cluster may hold two.
        List.of("a", "b", "c").forEach(name -> client.resource(
                ClusterSnapshotBuilderTest.pending(name, "1500m", "1Gi")).create());

        running.closeBatch();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web").get()
                    .getStatus().getDesiredNodes()).isEqualTo(2);
            assertThat(client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems()).hasSize(2);
        });
        running.closeBatch();
        assertThat(client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems()).hasSize(2);
    }
}
