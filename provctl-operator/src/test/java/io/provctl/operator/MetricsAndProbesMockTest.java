package io.provctl.operator;

import io.fabric8.kubernetes.api.model.NodeListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.Http;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true, https = false)
class MetricsAndProbesMockTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    @Test
    void servesPrometheusMetricsAndProbesOverHttp() {
        OperatorHarness.installCrds(client);
        try (ProvctlOperator operator = OperatorHarness.start(client,
                new FakeKubelet(OperatorHarness.cloud(dir, clock), client), clock,
                OperatorHarness.options(dir, false, "a"))) {
            assertThat(operator.metricsPort()).isPositive().isNotEqualTo(operator.healthPort());
            assertThat(Http.get(operator.healthPort(), "/healthz")).isEqualTo(new Http.Response(200, "ok\n"));
            assertThat(Http.get(operator.healthPort(), "/readyz")).isEqualTo(new Http.Response(200, "ok\n"));

            client.resource(OperatorHarness.group("web", 2, 3)).create();
            await().atMost(Duration.ofSeconds(15)).until(() -> ready() == 2
                    && client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("web").get().getStatus()
                    .getReadyNodes() == 2);

            await().untilAsserted(() -> {
                Http.Response scrape = Http.get(operator.metricsPort(), "/metrics");
                assertThat(scrape.status()).isEqualTo(200);
                assertThat(scrape.body())
                        .contains("provctl_nodegroup_desired_nodes{nodegroup=\"default/web\"} 2.0")
                        .contains("provctl_nodegroup_current_nodes{nodegroup=\"default/web\"} 2.0")
                        .contains("provctl_nodegroup_ready_nodes{nodegroup=\"default/web\"} 2.0")
                        .contains("provctl_managednode_phase{phase=\"Ready\"} 2.0")
                        .contains("provctl_managednode_phase{phase=\"Pending\"} 0.0")
                        .containsPattern("provctl_reconcile_duration_seconds_count\\{controller=\"managednode\"} [1-9]")
                        .containsPattern("provctl_reconcile_duration_seconds_count\\{controller=\"nodegroup\"} [1-9]")
                        .contains("provctl_provider_requests_total{method=\"createNode\",status=\"ok\"} 2.0")
                        .contains("provctl_provider_request_duration_seconds_count{method=\"createNode\"} 2")
                        .contains("provctl_provider_circuit_state{provider=\"local\"} 0.0");
            });
            assertThat(Http.get(operator.metricsPort(), "/nothing").status()).isEqualTo(404);
        }
    }

    @Test
    void isLiveAtOnceButReadyOnlyOnceItsInformersHaveSynced() throws Exception {
        OperatorHarness.installCrds(client);
        // The Node informer's first list answers late, so the operator is up but not yet synced; the probe
        // must answer "not ready" at once rather than wait for the start to finish.
        server.expect().get().delay(2, TimeUnit.SECONDS).withPath("/api/v1/nodes?resourceVersion=0")
                .andReturn(200, new NodeListBuilder().withNewMetadata().withResourceVersion("1").endMetadata().build())
                .once();
        int healthPort = freePort();
        OperatorOptions options = OperatorHarness.options(dir, false, "a");
        OperatorOptions fixedPort = new OperatorOptions(options.kubeconfig(), options.metricsAddress(),
                OperatorOptions.address("127.0.0.1:" + healthPort), false, options.leaseNamespace(), "a",
                options.syncPeriod(), options.provider(), options.stateDir(), options.poll());
        CompletableFuture<ProvctlOperator> starting = CompletableFuture.supplyAsync(() -> OperatorHarness.start(client,
                new FakeKubelet(OperatorHarness.cloud(dir, clock), client), clock, fixedPort));
        try {
            await().ignoreExceptions().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(Http.get(healthPort, "/healthz").status()).isEqualTo(200);
                assertThat(Http.get(healthPort, "/readyz")).isEqualTo(new Http.Response(503, "not ready\n"));
            });
            assertThat(starting).isNotDone();

            await().atMost(Duration.ofSeconds(10)).until(starting::isDone);
            assertThat(Http.get(healthPort, "/readyz").status()).isEqualTo(200);
        } finally {
            starting.get(10, TimeUnit.SECONDS).close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private long ready() {
        return client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems().stream()
                .filter(m -> m.getStatus() != null && m.getStatus().getPhase() == ManagedNodePhase.READY).count();
    }
}
