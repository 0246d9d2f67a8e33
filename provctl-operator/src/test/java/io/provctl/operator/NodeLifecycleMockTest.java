package io.provctl.operator;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudStore;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.testsupport.MutableClock;
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

@EnableKubernetesMockClient(crud = true, https = false)
class NodeLifecycleMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private LocalCloud cloud;
    private ProvctlOperator operator;

    @BeforeEach
    void start() {
        OperatorHarness.installCrds(client);
        cloud = OperatorHarness.cloud(dir, clock);
        operator = OperatorHarness.start(client, new FakeKubelet(cloud, client), clock,
                OperatorHarness.options(dir, false, "a"));
    }

    @AfterEach
    void stop() {
        operator.close();
    }

    @Test
    void scalesAGroupUpThenDownAndCleansUpOnDeletion() {
        client.resource(OperatorHarness.group("web", 2, 5)).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).hasSize(2).allMatch(m -> phase(m) == ManagedNodePhase.READY);
            assertThat(group("web").getStatus().getReadyNodes()).isEqualTo(2);
        });
        assertThat(vms()).isEqualTo(2);
        Node node = client.nodes().withName("web-1").get();
        assertThat(node.getMetadata().getLabels()).containsEntry(ApiGroup.NODEGROUP_LABEL, "web")
                .containsEntry(ApiGroup.MANAGEDNODE_LABEL, "web-1").containsEntry("tier", "web");
        assertThat(node.getSpec().getTaints()).anyMatch(t -> t.getKey().equals("dedicated")
                && t.getEffect().equals("NoSchedule"));
        ManagedNode first = client.resources(ManagedNode.class).inNamespace(NAMESPACE).withName("web-1").get();
        assertThat(first.getStatus().getProviderID()).isEqualTo("local://" + first.getStatus().getInstanceID());
        assertThat(first.getStatus().getConditions()).extracting(c -> c.getType() + "=" + c.getStatus())
                .contains("VMReady=True", "NodeJoined=True", "NodeReady=True");
        assertThat(first.getStatus().getReadyAt()).isNotNull();

        client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web")
                .edit(g -> { g.getSpec().setMinNodes(1); g.getSpec().setMaxNodes(1); return g; });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).hasSize(1);
            assertThat(vms()).isEqualTo(1);
            assertThat(client.nodes().list().getItems()).hasSize(1);
        });

        client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web").delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.resources(NodeGroup.class).inNamespace(NAMESPACE).list().getItems()).isEmpty();
            assertThat(managedNodes()).isEmpty();
            assertThat(vms()).isZero();
        });
    }

    private NodeGroup group(String name) {
        return client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName(name).get();
    }

    private List<ManagedNode> managedNodes() {
        return client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems();
    }

    private long vms() {
        return new LocalCloudStore(dir).read().vms().size();
    }

    private static ManagedNodePhase phase(ManagedNode m) {
        return m.getStatus() == null ? null : m.getStatus().getPhase();
    }
}
