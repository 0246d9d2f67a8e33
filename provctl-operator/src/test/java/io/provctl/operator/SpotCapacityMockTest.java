package io.provctl.operator;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudConfig;
import io.provctl.cloud.local.LocalCloudStore;
import io.provctl.cloud.local.LocalVm;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupNode;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import io.provctl.operator.managednode.NodeLifecycle;
import io.provctl.operator.testsupport.Expectations;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.provider.CapacityType;
import io.provctl.rightsizing.placement.SpotNodes;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Spot NodeGroups on the CRUD mock with the real operator and the local cloud: the split, the Node label and taint, the fallback. */
@EnableKubernetesMockClient(crud = true, https = false)
class SpotCapacityMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private ProvctlOperator operator;

    private void start(LocalCloudConfig config) {
        OperatorHarness.installCrds(client);
        LocalCloud cloud = OperatorHarness.cloud(dir, clock, config);
        operator = OperatorHarness.start(client, new FakeKubelet(cloud, client), clock,
                OperatorHarness.options(dir, false, "a"));
    }

    @AfterEach
    void stop() {
        if (operator != null) {
            operator.close();
        }
    }

    @Test
    void aGroupOfFiveAtSixtyPercentRunsThreeSpotNodesLabelledAndTaintedAndTwoOnDemand() {
        start(LocalCloudConfig.defaults().withSeed(7));
        client.resource(spotGroup("web", 5, 60, null)).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).hasSize(5).allMatch(m -> phase(m) == ManagedNodePhase.READY);
            assertThat(group("web").getStatus().getReadyNodes()).isEqualTo(5);
        });

        List<ManagedNode> spot = managedNodes().stream()
                .filter(m -> m.getSpec().getCapacityType() == CapacityTypeName.SPOT).toList();
        List<ManagedNode> onDemand = managedNodes().stream()
                .filter(m -> m.getSpec().getCapacityType() == CapacityTypeName.ON_DEMAND).toList();
        assertThat(spot).hasSize(3).allMatch(m -> m.getStatus().getCapacityType() == CapacityTypeName.SPOT)
                .allMatch(m -> Expectations.condition(m, NodeLifecycle.SPOT_CAPACITY)
                        .equals("SpotCapacity=True/SpotObtained"));
        assertThat(onDemand).hasSize(2).allMatch(m -> m.getStatus().getCapacityType() == CapacityTypeName.ON_DEMAND)
                .allMatch(m -> Expectations.condition(m, NodeLifecycle.SPOT_CAPACITY).equals("absent"));
        for (ManagedNode m : spot) {
            Node node = client.nodes().withName(m.getStatus().getNodeName()).get();
            assertThat(node.getMetadata().getLabels()).containsEntry(SpotNodes.LABEL_KEY, SpotNodes.LABEL_VALUE)
                    .containsEntry("tier", "web");
            assertThat(node.getSpec().getTaints()).extracting(SpotCapacityMockTest::taint)
                    .containsExactlyInAnyOrder("dedicated=web:NoSchedule",
                            "node.provctl.io/capacity-type=spot:NoSchedule");
        }
        for (ManagedNode m : onDemand) {
            Node node = client.nodes().withName(m.getStatus().getNodeName()).get();
            assertThat(node.getMetadata().getLabels()).containsEntry(SpotNodes.LABEL_KEY, "on-demand");
            assertThat(node.getSpec().getTaints()).extracting(SpotCapacityMockTest::taint)
                    .containsExactly("dedicated=web:NoSchedule");
        }
        assertThat(vms()).extracting(LocalVm::capacityType).containsExactlyInAnyOrder(CapacityType.SPOT,
                CapacityType.SPOT, CapacityType.SPOT, CapacityType.ON_DEMAND, CapacityType.ON_DEMAND);
        assertThat(group("web").getStatus().getNodes()).extracting(NodeGroupNode::getCapacityType)
                .containsExactlyInAnyOrder("spot", "spot", "spot", "on-demand", "on-demand");
    }

    @Test
    void withoutSpotCapacityAndFallbackTheNodeComesUpOnDemandAndSaysWhy() {
        start(LocalCloudConfig.defaults().withSeed(7).withSpotAvailable(false));
        client.resource(spotGroup("web", 1, 100, null)).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(managedNodes()).hasSize(1).allMatch(m -> phase(m) == ManagedNodePhase.READY));

        ManagedNode mn = managedNodes().get(0);
        assertThat(mn.getSpec().getCapacityType()).isEqualTo(CapacityTypeName.SPOT);
        assertThat(mn.getStatus().getCapacityType()).isEqualTo(CapacityTypeName.ON_DEMAND);
        assertThat(Expectations.condition(mn, NodeLifecycle.SPOT_CAPACITY))
                .isEqualTo("SpotCapacity=False/FellBackToOnDemand");
        Event event = await().atMost(Duration.ofSeconds(10)).until(() -> Expectations.eventObjects(client, "web-1")
                .stream().filter(e -> "SpotUnavailable".equals(e.getReason())).findFirst(), Optional::isPresent).get();
        assertThat(event.getType()).isEqualTo("Warning");
        assertThat(event.getMessage()).isEqualTo("no spot capacity for VM web-1: local has no spare local.small"
                + " capacity in local-1 (PROVCTL_LOCAL_SPOT_UNAVAILABLE is set); falling back to on-demand");
        Node node = client.nodes().withName("web-1").get();
        assertThat(node.getMetadata().getLabels()).containsEntry(SpotNodes.LABEL_KEY, "on-demand");
        assertThat(node.getSpec().getTaints()).extracting(SpotCapacityMockTest::taint)
                .doesNotContain("node.provctl.io/capacity-type=spot:NoSchedule");
        assertThat(vms()).extracting(LocalVm::capacityType).containsExactly(CapacityType.ON_DEMAND);
    }

    @Test
    void withoutSpotCapacityAndWithoutFallbackTheNodeFailsClearly() {
        start(LocalCloudConfig.defaults().withSeed(7).withSpotAvailable(false));
        client.resource(spotGroup("web", 1, 100, false)).create();

        ManagedNode mn = Expectations.awaitPhase(client, "web-1", ManagedNodePhase.FAILED);

        String message = "no spot capacity for VM web-1: local has no spare local.small capacity in local-1"
                + " (PROVCTL_LOCAL_SPOT_UNAVAILABLE is set); spotConfig.fallbackToOnDemand is false, so the node fails";
        assertThat(mn.getStatus().getLastError()).isEqualTo(message);
        assertThat(Expectations.condition(mn, NodeLifecycle.ERROR)).isEqualTo("Error=True/SpotUnavailable");
        assertThat(Expectations.condition(mn, NodeLifecycle.SPOT_CAPACITY))
                .isEqualTo("SpotCapacity=False/SpotUnavailable");
        assertThat(mn.getSpec().getFallbackToOnDemand()).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Expectations.eventObjects(client, "web-1"))
                .anySatisfy(e -> {
                    assertThat(e.getType()).isEqualTo("Warning");
                    assertThat(e.getReason()).isEqualTo("Failed");
                    assertThat(e.getMessage()).endsWith(message);
                }));
        assertThat(vms()).isEmpty();
        assertThat(client.nodes().list().getItems()).isEmpty();
    }

    private static NodeGroup spotGroup(String name, int size, int maxSpotPercentage, Boolean fallback) {
        NodeGroup g = OperatorHarness.group(name, size, size);
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(maxSpotPercentage);
        spot.setFallbackToOnDemand(fallback);
        g.getSpec().setSpotConfig(spot);
        return g;
    }

    private static String taint(Taint t) {
        return t.getKey() + "=" + t.getValue() + ":" + t.getEffect();
    }

    private NodeGroup group(String name) {
        return client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName(name).get();
    }

    private List<ManagedNode> managedNodes() {
        return client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems();
    }

    private List<LocalVm> vms() {
        return List.copyOf(new LocalCloudStore(dir).read().vms().values());
    }

    private static ManagedNodePhase phase(ManagedNode m) {
        return m.getStatus() == null ? null : m.getStatus().getPhase();
    }

    @SuppressWarnings("unused")
    private static Map<String, String> labels(Node node) {
        return node.getMetadata().getLabels();
    }
}
