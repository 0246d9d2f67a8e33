package io.provctl.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.provider.ProviderPolicy;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.FaultyProvider;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.provider.ProviderException;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.provctl.operator.testsupport.Expectations.awaitPhase;
import static io.provctl.operator.testsupport.Expectations.condition;
import static io.provctl.operator.testsupport.Expectations.managedNode;
import static io.provctl.operator.testsupport.Expectations.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true, https = false)
class CircuitBreakerMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    @Test
    void aFailingProviderOpensTheCircuitWhichShowsOnTheNodeAndClosesAfterTheCoolDown() {
        OperatorHarness.installCrds(client);
        FaultyProvider provider = new FaultyProvider(new FakeKubelet(OperatorHarness.cloud(dir, clock), client))
                .failWith(FaultyProvider::unavailable);
        OperatorOptions options = OperatorHarness.options(dir, false, "a").withProviderPolicy(
                new ProviderPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(20), Duration.ofMillis(100)));
        try (ProvctlOperator operator = OperatorHarness.start(client, provider, clock, options)) {
            client.resource(standalone("web-e")).create();

            await().untilAsserted(() -> {
                ManagedNode mn = managedNode(client, "web-e").orElseThrow();
                assertThat(condition(mn, "ProviderAvailable")).isEqualTo("ProviderAvailable=False/CircuitOpen");
                assertThat(condition(mn, "Error")).isEqualTo("Error=True/CircuitOpen");
                assertThat(operator.registry().get("provctl.provider.circuit.state").tag("provider", "local")
                        .gauge().value()).isEqualTo(2.0);
            });
            assertThat(provider.calls()).as("an open circuit keeps calls from the provider").isEqualTo(3);
            assertThat(operator.registry().get("provctl.provider.requests").tag("status", "transient")
                    .counter().count()).isEqualTo(3.0);

            provider.heal();
            clock.advance(Duration.ofMinutes(1));
            ManagedNode ready = awaitPhase(client, "web-e", ManagedNodePhase.READY);
            assertThat(condition(ready, "ProviderAvailable")).isEqualTo("ProviderAvailable=True/Available");
            assertThat(operator.registry().get("provctl.provider.circuit.state").gauge().value()).isZero();
        }
    }

    @Test
    void aRateLimitedCallWaitsForRetryAfterEvenWhenTheBackoffIsShorter() {
        OperatorHarness.installCrds(client);
        FaultyProvider provider = new FaultyProvider(new FakeKubelet(OperatorHarness.cloud(dir, clock), client))
                .failWith(() -> ProviderException.rateLimited("429 Too Many Requests", Duration.ofHours(1)));
        OperatorOptions options = OperatorHarness.options(dir, false, "a").withProviderPolicy(
                new ProviderPolicy(5, Duration.ofMinutes(1), Duration.ofMillis(10), Duration.ofMillis(20)));
        try (ProvctlOperator operator = OperatorHarness.start(client, provider, clock, options)) {
            client.resource(standalone("web-g")).create();

            await().untilAsserted(() -> assertThat(condition(managedNode(client, "web-g").orElseThrow(), "Error"))
                    .isEqualTo("Error=True/ProviderError"));
            assertThat(managedNode(client, "web-g").orElseThrow().getStatus().getLastError()).contains("429");
            // With a 10-20 ms backoff alone there would be dozens of calls in this second.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> provider.calls() == 1);
            assertThat(condition(managedNode(client, "web-g").orElseThrow(), "ProviderAvailable"))
                    .isEqualTo("ProviderAvailable=True/Available");
        }
    }
}
