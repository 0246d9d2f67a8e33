package io.provctl.operator;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudStore;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.leader.LeaseTimings;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.FaultyProvider;
import io.provctl.operator.testsupport.Http;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two replicas on one cluster and one cloud: only the Lease holder acts; stopping it hands over. */
@EnableKubernetesMockClient(crud = true, https = false)
class LeaderElectionMockTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    @Test
    void onlyTheLeaseHolderActsAndStoppingItHandsOver() {
        OperatorHarness.installCrds(client);
        OperatorHarness.allowLeases(server);
        LocalCloud cloud = OperatorHarness.cloud(dir, clock);
        FaultyProvider viaA = new FaultyProvider(new FakeKubelet(cloud, client));
        FaultyProvider viaB = new FaultyProvider(new FakeKubelet(cloud, client));
        ProvctlOperator a = OperatorHarness.start(client, viaA, clock, options("a"));
        await().until(() -> holder().equals(Optional.of("a")));
        try (ProvctlOperator b = OperatorHarness.start(client, viaB, clock, options("b"))) {
            client.resource(OperatorHarness.group("web", 2, 2)).create();

            await().atMost(Duration.ofSeconds(15)).until(() -> readyNodes() == 2);
            assertThat(viaB.calls()).as("the standby never calls the provider").isZero();
            assertThat(managedNodes()).hasSize(2);
            assertThat(new LocalCloudStore(dir).read().vms()).hasSize(2);
            assertThat(holder()).contains("a");
            assertThat(Http.get(b.healthPort(), "/readyz").status()).as("a healthy standby is ready").isEqualTo(200);
            assertThat(Http.get(a.healthPort(), "/readyz").status()).isEqualTo(200);

            int callsByA = viaA.calls();
            a.close();
            assertThat(holder()).as("a stopping leader hands the Lease back").isNotEqualTo(Optional.of("a"));
            await().atMost(Duration.ofSeconds(10)).until(() -> holder().equals(Optional.of("b")));
            client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web")
                    .edit(g -> {
                        g.getSpec().setMinNodes(3);
                        g.getSpec().setMaxNodes(3);
                        return g;
                    });

            await().atMost(Duration.ofSeconds(15)).until(() -> readyNodes() == 3);
            assertThat(viaB.calls()).isPositive();
            assertThat(viaA.calls()).as("the stopped leader does nothing more").isEqualTo(callsByA);
            assertThat(new LocalCloudStore(dir).read().vms()).hasSize(3);
        } finally {
            a.close();
        }
    }

    private OperatorOptions options(String identity) {
        return OperatorHarness.options(dir, true, identity).withLeaseTimings(
                new LeaseTimings(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(250)));
    }

    private Optional<String> holder() {
        return Optional.ofNullable(client.leases().inNamespace(NAMESPACE).withName(OperatorOptions.LEASE_NAME).get())
                .map(Lease::getSpec).map(s -> s.getHolderIdentity());
    }

    private List<ManagedNode> managedNodes() {
        return client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems();
    }

    private long readyNodes() {
        return managedNodes().stream()
                .filter(m -> m.getStatus() != null && m.getStatus().getPhase() == ManagedNodePhase.READY).count();
    }
}
