package io.provctl.deploy;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.cli.CliEnvironment;
import io.provctl.cloud.Providers;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.operator.OperatorOptions;
import io.provctl.operator.ProvctlOperator;
import org.junit.jupiter.api.Test;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true, https = false)
/**
 * The PodDisruptionBudgets (minAvailable 1 of 2, 2 of 3) count ready pods, so they only let a node
 * drain if a standby replica is ready too: two operators with leader election, one holding the
 * Lease, both answer /readyz with 200.
 */
class StandbyReadinessTest {
    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path dir;

    @Test
    void theStandbyReplicaIsReadyWhileTheOtherLeads() throws Exception {
        // Leader election first checks its Lease rights; the CRUD mock has no SelfSubjectRulesReview.
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")
                .andReturn(201, new SelfSubjectRulesReviewBuilder().withNewStatus().addNewResourceRule()
                        .withApiGroups("coordination.k8s.io").withResources("leases").withVerbs("*").endResourceRule()
                        .withIncomplete(false).endStatus().build()).always();
        Providers providers = new Providers(dir, Clock.systemUTC(), CliEnvironment.system().sleeper(),
                new CatalogInstanceTypes(PriceSources.embedded()), Map.of());
        try (ProvctlOperator a = start(providers, "a")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> holder().equals("a"));
            try (ProvctlOperator b = start(providers, "b")) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    assertThat(readyz(a.healthPort())).isEqualTo(200);
                    assertThat(readyz(b.healthPort())).isEqualTo(200);
                });
                assertThat(holder()).isEqualTo("a");
            }
        }
    }

    private String holder() {
        Lease lease = client.leases().inNamespace("default").withName(OperatorOptions.LEASE_NAME).get();
        return lease == null || lease.getSpec().getHolderIdentity() == null ? "" : lease.getSpec().getHolderIdentity();
    }

    private ProvctlOperator start(Providers providers, String id) {
        return ProvctlOperator.start(new OperatorOptions(Optional.empty(), OperatorOptions.address("127.0.0.1:0"),
                OperatorOptions.address("127.0.0.1:0"), true, "default", id, Duration.ofMinutes(10), "local", dir,
                Duration.ofMillis(100)), client, providers.nodeProvider("local", false), Clock.systemUTC(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    private static int readyz(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
