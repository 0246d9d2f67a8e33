package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.rightsizing.placement.SpotNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-ups of a spot-enabled group (80 % spot) on the CRUD mock: pods that do not tolerate the spot taint
 * get on-demand nodes only, pods that tolerate it get the group's split.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class SpotScaleUpMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private RunningAutoscaler running;

    @BeforeEach
    void start() {
        running = RunningAutoscaler.start(client, dir,
                RunningAutoscaler.options().withPrices(AutoscalerMockTest.PRICES));
        client.resource(spotGroup("web")).create();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void podsThatDoNotTolerateSpotGetOnDemandNodesOnlyAndNoMoreOnceTheyFit() {
        // Three 1.5-CPU pods need three local.small nodes; at 80 % the split alone would make two of them spot.
        List.of("a", "b", "c").forEach(name -> client.resource(
                ClusterSnapshotBuilderTest.pending(name, "1500m", "1Gi")).create());

        running.closeBatch();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).hasSize(3);
            assertThat(group().getStatus().getPendingScaleUps()).isNull();
        });
        assertThat(managedNodes()).extracting(m -> m.getSpec().getCapacityType())
                .containsOnly(CapacityTypeName.ON_DEMAND);
        assertThat(group().getStatus().getDesiredNodes()).isEqualTo(3);
        assertThat(group().getStatus().getLastScaleUp().getMessage())
                .startsWith("adding 3 local.small on-demand node(s), to 3, for pods");

        // The pods still wait (no scheduler here) but fit on the on-demand nodes: no second scale-up.
        running.closeBatch();
        running.awaitPasses(3);
        assertThat(managedNodes()).hasSize(3);
        assertThat(group().getStatus().getDesiredNodes()).isEqualTo(3);
    }

    @Test
    void podsThatTolerateSpotGetTheGroupsSplit() {
        List.of("a", "b", "c").forEach(name -> client.resource(tolerant(name)).create());

        running.closeBatch();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).hasSize(3);
            assertThat(group().getStatus().getPendingScaleUps()).isNull();
        });
        // floor(3 x 80 / 100) = 2 spot, the third on-demand.
        assertThat(managedNodes()).extracting(m -> m.getSpec().getCapacityType()).containsExactlyInAnyOrder(
                CapacityTypeName.SPOT, CapacityTypeName.SPOT, CapacityTypeName.ON_DEMAND);
        assertThat(group().getStatus().getLastScaleUp().getMessage())
                .startsWith("adding 3 local.small node(s), to 3, for pods");

        running.closeBatch();
        running.awaitPasses(3);
        assertThat(managedNodes()).hasSize(3);
    }

    private static NodeGroup spotGroup(String name) {
        NodeGroup g = OperatorHarness.group(name, 0, 5);
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(80);
        g.getSpec().setSpotConfig(spot);
        return g;
    }

    private static Pod tolerant(String name) {
        Pod p = ClusterSnapshotBuilderTest.pending(name, "1500m", "1Gi");
        p.getSpec().getTolerations().add(new TolerationBuilder().withKey(SpotNodes.TAINT_KEY).withOperator("Equal")
                .withValue(SpotNodes.TAINT_VALUE).withEffect(SpotNodes.TAINT_EFFECT).build());
        return p;
    }

    private NodeGroup group() {
        return client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web").get();
    }

    private List<ManagedNode> managedNodes() {
        return client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems();
    }
}
