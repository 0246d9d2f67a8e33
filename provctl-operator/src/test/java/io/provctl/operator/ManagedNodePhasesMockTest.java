package io.provctl.operator;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.provider.ProviderNode;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static io.provctl.operator.testsupport.Expectations.awaitPhase;
import static io.provctl.operator.testsupport.Expectations.condition;
import static io.provctl.operator.testsupport.Expectations.events;
import static io.provctl.operator.testsupport.Expectations.managedNode;
import static io.provctl.operator.testsupport.Expectations.standalone;
import static io.provctl.operator.testsupport.Expectations.vmsOf;
import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One ManagedNode at a time, with the test holding the VM, the kubelet and the clock. */
@EnableKubernetesMockClient(crud = true, https = false)
class ManagedNodePhasesMockTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private LocalCloud cloud;
    private FakeKubelet kubelet;
    private ProvctlOperator operator;

    @BeforeEach
    void start() {
        OperatorHarness.installCrds(client);
        cloud = OperatorHarness.cloud(dir, clock);
        kubelet = new FakeKubelet(cloud, client).holdBoot().neverRegister();
        operator = OperatorHarness.start(client, kubelet, clock, OperatorHarness.options(dir, false, "a"));
    }

    @AfterEach
    void stop() {
        operator.close();
    }

    @Test
    void walksEveryPhaseOneTransitionAtATime() {
        ManagedNode created = client.resource(standalone("web-a")).create();

        ManagedNode provisioning = awaitPhase(client, "web-a", ManagedNodePhase.PROVISIONING);
        ManagedNodeStatus s = provisioning.getStatus();
        assertThat(s.getCreatedAt()).isEqualTo(T0.toString());
        assertThat(s.getProvisioningAt()).isEqualTo(T0.toString());
        assertThat(s.getProviderID()).isEqualTo("local://" + s.getInstanceID());
        assertThat(condition(provisioning, "VMReady")).isEqualTo("VMReady=False/Provisioning");
        assertThat(provisioning.getMetadata().getFinalizers()).isNotEmpty();
        assertThat(vmsOf(cloud, created)).isEqualTo(1);
        assertThat(events(client, "web-a")).containsExactly("Normal Pending", "Normal Provisioning");

        clock.advance(Duration.ofMinutes(1));
        kubelet.boot();
        ManagedNode provisioned = awaitPhase(client, "web-a", ManagedNodePhase.PROVISIONED);
        assertStamp(provisioned.getStatus().getProvisionedAt(), T0, T0.plusSeconds(60));
        assertThat(provisioned.getStatus().getIpAddress()).isNotBlank();
        assertThat(condition(provisioned, "VMReady")).isEqualTo("VMReady=True/Running");
        assertThat(condition(provisioned, "NodeJoined")).isEqualTo("absent");
        await().untilAsserted(() -> assertThat(events(client, "web-a")).endsWith("Normal Provisioned"));

        clock.advance(Duration.ofMinutes(1));
        ProviderNode vm = cloud.getNode(s.getInstanceID()).orElseThrow();
        kubelet.register(vm, vm.name(), false);
        ManagedNode joining = awaitPhase(client, "web-a", ManagedNodePhase.JOINING);
        assertStamp(joining.getStatus().getJoinedAt(), T0.plusSeconds(60), T0.plusSeconds(120));
        assertThat(Instant.parse(joining.getStatus().getJoinedAt()))
                .isAfterOrEqualTo(Instant.parse(joining.getStatus().getProvisionedAt()));
        assertThat(joining.getStatus().getNodeName()).isEqualTo("web-a");
        assertThat(condition(joining, "NodeJoined")).isEqualTo("NodeJoined=True/Registered");
        assertThat(condition(joining, "NodeReady")).isEqualTo("absent");
        Node node = client.nodes().withName("web-a").get();
        assertThat(node.getMetadata().getLabels()).containsEntry(ApiGroup.NODEGROUP_LABEL, "web")
                .containsEntry(ApiGroup.MANAGEDNODE_LABEL, "web-a").containsEntry("tier", "web");
        assertThat(node.getSpec().getTaints()).anyMatch(t -> t.getKey().equals("dedicated")
                && t.getValue().equals("web") && t.getEffect().equals("NoSchedule"));
        await().untilAsserted(() -> assertThat(events(client, "web-a")).endsWith("Normal Joining"));

        clock.advance(Duration.ofMinutes(1));
        kubelet.setReady("web-a", true);
        ManagedNode ready = awaitPhase(client, "web-a", ManagedNodePhase.READY);
        assertStamp(ready.getStatus().getReadyAt(), T0.plusSeconds(120), T0.plusSeconds(180));
        assertThat(condition(ready, "NodeReady")).isEqualTo("NodeReady=True/KubeletReady");
        assertThat(condition(ready, "Error")).isEqualTo("Error=False/None");
        assertThat(condition(ready, "ProviderAvailable")).isEqualTo("ProviderAvailable=True/Available");
        await().untilAsserted(() -> assertThat(events(client, "web-a")).endsWith("Normal Ready"));

        clock.advance(Duration.ofMinutes(1));
        client.resources(ManagedNode.class).inNamespace(NAMESPACE).withName("web-a").delete();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(managedNode(client, "web-a")).isEmpty();
            assertThat(vmsOf(cloud, created)).isZero();
            assertThat(client.nodes().withName("web-a").get()).isNull();
        });
        assertThat(events(client, "web-a")).containsExactly("Normal Pending", "Normal Provisioning",
                "Normal Provisioned", "Normal Joining", "Normal Ready", "Normal Terminating", "Normal Deleting");
    }

    /**
     * A reconcile reads the clock when it starts, and one may start just before the test moves the
     * clock and see the change just after: a transition is stamped with the time before or after.
     */
    private static void assertStamp(String stamp, Instant before, Instant after) {
        assertThat(stamp).isNotNull();
        assertThat(Instant.parse(stamp)).isBetween(before, after);
    }

    @Test
    void joinsTheNodeWithItsProviderIdEvenWhenAnotherNodeHasTheVmsName() {
        client.resource(standalone("web-b")).create();
        kubelet.boot();
        ManagedNode provisioned = awaitPhase(client, "web-b", ManagedNodePhase.PROVISIONED);
        ProviderNode vm = cloud.getNode(provisioned.getStatus().getInstanceID()).orElseThrow();
        client.nodes().resource(FakeKubelet.node("web-b", java.util.Optional.of("local://someone-else"),
                java.util.Optional.of("10.9.9.9"), true)).create();
        kubelet.register(vm, "ip-10-1-2-3", true);

        ManagedNode ready = awaitPhase(client, "web-b", ManagedNodePhase.READY);
        assertThat(ready.getStatus().getNodeName()).isEqualTo("ip-10-1-2-3");
        assertThat(client.nodes().withName("ip-10-1-2-3").get().getMetadata().getLabels())
                .containsEntry(ApiGroup.MANAGEDNODE_LABEL, "web-b");
        assertThat(client.nodes().withName("web-b").get().getMetadata().getLabels()).isNullOrEmpty();
    }

    @Test
    void aNodeThatNeverJoinsFailsItsVmIsRemovedAndItGoesAfterTheTtl() {
        ManagedNode created = client.resource(standalone("web-c")).create();
        kubelet.boot();
        awaitPhase(client, "web-c", ManagedNodePhase.PROVISIONED);
        assertThat(vmsOf(cloud, created)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(15));
        ManagedNode failed = awaitPhase(client, "web-c", ManagedNodePhase.FAILED);
        assertThat(failed.getStatus().getFailedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)).toString());
        assertThat(failed.getStatus().getLastError()).contains("did not join");
        assertThat(condition(failed, "Error")).isEqualTo("Error=True/JoinTimeout");
        await().untilAsserted(() -> {
            assertThat(vmsOf(cloud, created)).isZero();
            assertThat(events(client, "web-c")).endsWith("Warning Failed");
        });

        clock.advance(Duration.ofMinutes(30));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(managedNode(client, "web-c")).isEmpty());
    }

    @Test
    void aVmThatNeverRunsFailsAfterTheProvisioningTimeoutAndIsRemoved() {
        ManagedNode created = client.resource(standalone("web-f")).create();
        awaitPhase(client, "web-f", ManagedNodePhase.PROVISIONING);

        clock.advance(Duration.ofMinutes(10));

        ManagedNode failed = awaitPhase(client, "web-f", ManagedNodePhase.FAILED);
        assertThat(condition(failed, "Error")).isEqualTo("Error=True/ProvisioningTimeout");
        await().untilAsserted(() -> {
            assertThat(vmsOf(cloud, created)).isZero();
            assertThat(condition(managedNode(client, "web-f").orElseThrow(), "VMReady"))
                    .isEqualTo("VMReady=False/Removed");
        });
        assertThat(events(client, "web-f")).containsExactly("Normal Pending", "Normal Provisioning", "Warning Failed");
    }
}
