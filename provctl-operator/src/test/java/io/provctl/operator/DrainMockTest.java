package io.provctl.operator;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.provctl.operator.testsupport.Expectations.awaitPhase;
import static io.provctl.operator.testsupport.Expectations.condition;
import static io.provctl.operator.testsupport.Expectations.events;
import static io.provctl.operator.testsupport.Expectations.managedNode;
import static io.provctl.operator.testsupport.Expectations.standalone;
import static io.provctl.operator.testsupport.Expectations.vmsOf;
import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Terminating a node whose pods a PodDisruptionBudget protects. Every pod here is evictable as far as
 * the (fake) Eviction API goes, so only the operator's own budget check keeps the guarded pod alive.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class DrainMockTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private LocalCloud cloud;
    private ProvctlOperator operator;
    private SharedIndexInformer<Pod> pods;

    @BeforeEach
    void start() {
        OperatorHarness.installCrds(client);
        pods = OperatorHarness.podsByNode(server, client, "web-d");
        cloud = OperatorHarness.cloud(dir, clock);
        operator = OperatorHarness.start(client, new FakeKubelet(cloud, client), clock,
                OperatorHarness.options(dir, false, "a"));
    }

    @AfterEach
    void stop() {
        operator.close();
        pods.close();
    }

    @Test
    void aBudgetHoldsThePodTheDrainGivesUpUncordonsAndResumesOnceTheBudgetAllows() {
        ManagedNode mn = client.resource(standalone("web-d")).create();
        awaitPhase(client, "web-d", ManagedNodePhase.READY);
        Pod guarded = pod("db-0", "db");
        Pod free = pod("web-0", "web");
        client.resource(OperatorHarness.budget("db-pdb", "db", 1)).create();

        client.resources(ManagedNode.class).inNamespace(NAMESPACE).withName("web-d").delete();

        ManagedNode terminating = awaitPhase(client, "web-d", ManagedNodePhase.TERMINATING);
        assertThat(terminating.getStatus().getTerminatingAt()).isEqualTo(clock.instant().toString());
        await().untilAsserted(() -> {
            assertThat(unschedulable()).isTrue();
            assertThat(exists(free)).isFalse();
        });
        assertThat(exists(guarded)).isTrue();
        assertThat(vmsOf(cloud, mn)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        await().untilAsserted(() -> {
            assertThat(unschedulable()).isFalse();
            ManagedNode failedDrain = managedNode(client, "web-d").orElseThrow();
            assertThat(condition(failedDrain, "Error")).isEqualTo("Error=True/DrainFailed");
            assertThat(failedDrain.getStatus().getLastError()).contains("PodDisruptionBudget db-pdb")
                    .contains("uncordoned");
            assertThat(events(client, "web-d")).contains("Warning DrainFailed");
        });
        assertThat(managedNode(client, "web-d").orElseThrow().getStatus().getPhase())
                .isEqualTo(ManagedNodePhase.TERMINATING);
        assertThat(exists(guarded)).isTrue();
        assertThat(vmsOf(cloud, mn)).isEqualTo(1);

        client.resource(OperatorHarness.budget("db-pdb", "db", 1)).delete();
        clock.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(exists(guarded)).isFalse();
            assertThat(managedNode(client, "web-d")).isEmpty();
            assertThat(client.nodes().withName("web-d").get()).isNull();
            assertThat(vmsOf(cloud, mn)).isZero();
        });
    }

    private Pod pod(String name, String app) {
        Pod pod = client.resource(OperatorHarness.runningPod(name, "web-d", Map.of("app", app))).create();
        OperatorHarness.evictable(server, client, pod);
        return pod;
    }

    private boolean exists(Pod pod) {
        return client.pods().inNamespace(NAMESPACE).withName(pod.getMetadata().getName()).get() != null;
    }

    private boolean unschedulable() {
        return Boolean.TRUE.equals(client.nodes().withName("web-d").get().getSpec().getUnschedulable());
    }
}
