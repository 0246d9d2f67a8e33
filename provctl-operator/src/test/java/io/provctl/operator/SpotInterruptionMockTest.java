package io.provctl.operator;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.micrometer.core.instrument.Counter;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalVm;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import io.provctl.operator.leader.LeaseTimings;
import io.provctl.operator.managednode.InterruptionPoller;
import io.provctl.operator.managednode.SpotInterruption;
import io.provctl.operator.testsupport.Expectations;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeRequest;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.provctl.operator.testsupport.Expectations.awaitPhase;
import static io.provctl.operator.testsupport.Expectations.managedNode;
import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spot interruption notices on the CRUD mock with the real operator and the local cloud: the notice is
 * heard once, the node drains within the deadline, its VM goes, and the group replaces it.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class SpotInterruptionMockTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private LocalCloud cloud;
    private ProvctlOperator operator;
    private SharedIndexInformer<Pod> pods;

    private void start(OperatorOptions options) {
        OperatorHarness.installCrds(client);
        pods = OperatorHarness.podsByNode(server, client, "web-1");
        cloud = OperatorHarness.cloud(dir, clock);
        operator = OperatorHarness.start(client, new FakeKubelet(cloud, client), clock,
                options.withInterruptionPoll(Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        if (operator != null) {
            operator.close();
        }
        if (pods != null) {
            pods.close();
        }
    }

    @Test
    void anInterruptedSpotNodeIsDrainedDeletedAndReplaced() {
        start(OperatorHarness.options(dir, false, "a"));
        client.resource(spotGroup("web", null)).create();
        ManagedNode web1 = awaitPhase(client, "web-1", ManagedNodePhase.READY);
        assertThat(web1.getStatus().getCapacityType()).isEqualTo(CapacityTypeName.SPOT);
        Pod app = pod("app-0");

        LocalVm noticed = cloud.console().interrupt("web-1", Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(spotInterrupted("ManagedNode", "web-1")).singleElement().satisfies(e -> {
                assertThat(e.getType()).isEqualTo("Warning");
                assertThat(e.getMessage()).isEqualTo("spot interruption notice for VM " + noticed.id()
                        + " (spot capacity reclaimed): reclaimed at 2026-01-01T00:02:00Z; draining until"
                        + " 2026-01-01T00:02:00Z, then the VM is deleted");
            });
            assertThat(spotInterrupted("Node", "web-1")).hasSize(1);
            assertThat(exists(app)).isFalse();
            assertThat(managedNode(client, "web-1")).isEmpty();
            assertThat(cloud.getNode(noticed.id())).isEmpty();
            assertThat(client.nodes().withName("web-1").get()).isNull();
        });
        assertThat(Expectations.events(client, "web-1")).contains("Normal Terminating", "Normal Deleting");
        ManagedNode replacement = awaitPhase(client, "web-2", ManagedNodePhase.READY);
        assertThat(replacement.getStatus().getCapacityType()).isEqualTo(CapacityTypeName.SPOT);
        assertThat(interruptions("default/web")).isEqualTo(1.0);
        assertThat(operator.registry().scrape()).contains("provctl_spot_interruptions_total{nodegroup=\"default/web\"} 1.0");
    }

    @Test
    void aNoticeSeenOnManyPollsIsHandledOnceAndTheVmGoesAtTheDeadlineEvenIfTheDrainIsBlocked() {
        start(OperatorHarness.options(dir, false, "a"));
        client.resource(spotGroup("web", "30s")).create();
        awaitPhase(client, "web-1", ManagedNodePhase.READY);
        pod("db-0");
        client.resource(OperatorHarness.budget("db-pdb", "db", 1)).create();
        Instant start = clock.instant();

        LocalVm noticed = cloud.console().interrupt("web-1", Duration.ofMinutes(2));

        ManagedNode terminating = awaitPhase(client, "web-1", ManagedNodePhase.TERMINATING);
        assertThat(terminating.getMetadata().getAnnotations())
                .containsEntry(SpotInterruption.NOTICED_AT, start.toString())
                .containsEntry(SpotInterruption.RECLAIM_AT, start.plusSeconds(120).toString())
                .containsEntry(SpotInterruption.DRAIN_DEADLINE, start.plusSeconds(30).toString());
        InterruptionPoller poller = operator.interruptions().orElseThrow();
        long seen = poller.completedPolls();
        await().atMost(Duration.ofSeconds(10)).until(() -> poller.completedPolls() >= seen + 3);
        assertThat(cloud.interruptions()).as("the notice is still there to be seen").hasSize(1);
        assertThat(spotInterrupted("ManagedNode", "web-1")).hasSize(1);
        assertThat(interruptions("default/web")).isEqualTo(1.0);
        assertThat(managedNode(client, "web-1").orElseThrow().getStatus().getPhase())
                .isEqualTo(ManagedNodePhase.TERMINATING);
        assertThat(cloud.getNode(noticed.id())).isPresent();

        clock.advance(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(managedNode(client, "web-1")).isEmpty();
            assertThat(cloud.getNode(noticed.id())).isEmpty();
        });
        assertThat(Expectations.events(client, "web-1")).contains("Warning InterruptionDeadline")
                .doesNotContain("Warning DrainFailed");
        assertThat(spotInterrupted("ManagedNode", "web-1")).hasSize(1);
        assertThat(interruptions("default/web")).isEqualTo(1.0);
        awaitPhase(client, "web-2", ManagedNodePhase.READY);
    }

    @Test
    void aRestartedOperatorDoesNotHandleAHandledNoticeAgain() {
        start(OperatorHarness.options(dir, false, "a"));
        client.resource(spotGroup("web", "30s")).create();
        awaitPhase(client, "web-1", ManagedNodePhase.READY);
        pod("db-0");
        client.resource(OperatorHarness.budget("db-pdb", "db", 1)).create();
        cloud.console().interrupt("web-1", Duration.ofMinutes(2));
        awaitPhase(client, "web-1", ManagedNodePhase.TERMINATING);
        assertThat(spotInterrupted("ManagedNode", "web-1")).hasSize(1);

        operator.close();
        operator = OperatorHarness.start(client, new FakeKubelet(cloud, client), clock,
                OperatorHarness.options(dir, false, "a").withInterruptionPoll(Duration.ofMillis(100)));

        InterruptionPoller poller = operator.interruptions().orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> poller.completedPolls() >= 3);
        assertThat(cloud.interruptions()).hasSize(1);
        assertThat(spotInterrupted("ManagedNode", "web-1")).hasSize(1);
        assertThat(interruptions("default/web")).isZero();
        clock.advance(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(managedNode(client, "web-1")).isEmpty());
    }

    @Test
    void aStandbyDoesNothing() {
        OperatorHarness.allowLeases(server);
        client.resource(new LeaseBuilder().withNewMetadata().withName(OperatorOptions.LEASE_NAME)
                .withNamespace(NAMESPACE).endMetadata().withNewSpec().withHolderIdentity("elsewhere")
                .withLeaseDurationSeconds(3600).withAcquireTime(ZonedDateTime.now())
                .withRenewTime(ZonedDateTime.now()).endSpec().build()).create();
        start(OperatorHarness.options(dir, true, "b").withLeaseTimings(
                new LeaseTimings(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(250))));
        String vm = cloud.createNode(new NodeRequest("web-1", "local.small", "local-1", Map.of(), "",
                CapacityType.SPOT)).id();
        ManagedNode mn = client.resource(Expectations.standalone("web-1")).create();
        ManagedNodeStatus status = new ManagedNodeStatus();
        status.setPhase(ManagedNodePhase.READY);
        status.setInstanceID(vm);
        status.setProviderID("local://" + vm);
        mn.setStatus(status);
        client.resource(mn).updateStatus();

        cloud.console().interrupt(vm, Duration.ofMinutes(2));

        InterruptionPoller poller = operator.interruptions().orElseThrow();
        long seen = poller.completedPolls();
        await().atMost(Duration.ofSeconds(10)).until(() -> poller.completedPolls() >= seen + 3);
        ManagedNode after = managedNode(client, "web-1").orElseThrow();
        assertThat(after.getMetadata().getDeletionTimestamp()).isNull();
        assertThat(Optional.ofNullable(after.getMetadata().getAnnotations()).orElse(Map.of()))
                .doesNotContainKey(SpotInterruption.NOTICED_AT);
        assertThat(spotInterrupted("ManagedNode", "web-1")).isEmpty();
        assertThat(interruptions("default/web")).isZero();
        assertThat(cloud.getNode(vm)).isPresent();
    }

    private static NodeGroup spotGroup(String name, String grace) {
        NodeGroup g = OperatorHarness.group(name, 1, 1);
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(100);
        spot.setInterruptionGracePeriod(grace);
        g.getSpec().setSpotConfig(spot);
        return g;
    }

    private Pod pod(String name) {
        Pod pod = client.resource(OperatorHarness.runningPod(name, "web-1", Map.of("app", name.split("-")[0])))
                .create();
        OperatorHarness.evictable(server, client, pod);
        return pod;
    }

    private boolean exists(Pod pod) {
        return client.pods().inNamespace(NAMESPACE).withName(pod.getMetadata().getName()).get() != null;
    }

    private List<Event> spotInterrupted(String kind, String name) {
        return Expectations.eventObjects(client, name).stream()
                .filter(e -> kind.equals(e.getInvolvedObject().getKind()))
                .filter(e -> SpotInterruption.REASON.equals(e.getReason())).toList();
    }

    private double interruptions(String group) {
        return Optional.ofNullable(operator.registry().find("provctl.spot.interruptions").tag("nodegroup", group)
                .counter()).map(Counter::count).orElse(0.0);
    }
}
