package io.provctl.cloud.vpsie;

import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VpsieClientTest {

    private final VpsieTestSupport t = new VpsieTestSupport();
    private final VpsieClient client = t.client();

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void createsGetsListsAndDeletesAVm() {
        VpsieVm made = client.createVm(request("demo-apps-0", "cluster.demo.pool.apps"));

        assertThat(made.hostname()).isEqualTo("demo-apps-0");
        assertThat(made.running()).isTrue();
        assertThat(made.tag("provctl.io/resource-id")).contains("cluster.demo.pool.apps");
        assertThat(client.getVm(made.id())).contains(made);
        assertThat(client.listVms()).extracting(VpsieVm::id).containsExactly(made.id());

        client.deleteVm(made.id());

        assertThat(client.getVm(made.id())).isEmpty();
        assertThat(client.listVms()).isEmpty();
        client.deleteVm(made.id()); // already gone counts as deleted
    }

    @Test
    void readsEveryPage() {
        for (int i = 0; i < 5; i++) {
            client.createVm(request("vm-" + i, "cluster.demo.pool.apps"));
        }

        assertThat(client.listVms()).hasSize(5);
        assertThat(client.offerings()).hasSize(5).extracting(VpsieOffering::name).contains("Standard 2 vCPU / 4 GB");
        assertThat(t.api.log()).contains("GET /offerings?page=3&per_page=100", "GET /vm?page=3&per_page=100")
                .doesNotContain("GET /offerings?page=4&per_page=100");
    }

    @Test
    void asksForATokenOnceAndRefreshesItBeforeItExpires() {
        client.offerings();
        client.datacenters();
        assertThat(t.api.tokensIssued()).isEqualTo(1);

        t.clock.advance(FakeVpsieApi.TOKEN_LIFETIME.minus(Duration.ofMinutes(4)));
        client.images();

        assertThat(t.api.tokensIssued()).isEqualTo(2);
        assertThat(t.api.count("GET /images")).isEqualTo(1);
    }

    @Test
    void refreshesTheTokenOnceAfterA401AndRetries() {
        client.datacenters();
        t.api.revokeTokens();

        assertThat(client.datacenters()).hasSize(3);
        assertThat(t.api.tokensIssued()).isEqualTo(2);
        assertThat(t.metrics.requests("GET", 401)).isEqualTo(1);
    }

    @Test
    void aRejectedStaticTokenIsAnAuthErrorThatDoesNotShowTheToken() {
        VpsieClient withToken = VpsieClient.create(t.settings(), new VpsieCredentials.StaticToken("tok-bogus-123"),
                t.clock, t.sleeper, t.metrics);

        assertThatThrownBy(withToken::listVms).isInstanceOfSatisfying(VpsieApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.AUTH);
            assertThat(e.status()).isEqualTo(401);
        }).hasMessageContaining("GET /vm").hasMessageNotContaining("tok-bogus-123");
    }

    @Test
    void wrongClientCredentialsAreAnAuthErrorThatDoesNotShowTheSecret() {
        VpsieClient wrong = VpsieClient.create(t.settings(),
                new VpsieCredentials.ClientCredentials(FakeVpsieApi.CLIENT_ID, "wrong-secret-value"), t.clock,
                t.sleeper, t.metrics);

        assertThatThrownBy(wrong::listVms).isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.AUTH))
                .hasMessageContaining("Invalid client credentials").hasMessageNotContaining("wrong-secret-value");
        assertThat(VpsieTestSupport.credentials().toString()).doesNotContain(FakeVpsieApi.CLIENT_SECRET);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysAfterA429() {
        t.api.fail("GET /datacenters", 1, 429, "{\"error\":true,\"message\":\"Too Many Attempts.\"}",
                Map.of("Retry-After", "7"));

        assertThat(client.datacenters()).hasSize(3);
        assertThat(t.sleeper.waits()).anySatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
        assertThat(t.metrics.requests("GET", 429)).isEqualTo(1);
    }

    @Test
    void givesUpOnPersistent429WithTheRetryAfter() {
        t.api.fail("GET /datacenters", 5, 429, "{\"message\":\"Too Many Attempts.\"}", Map.of("Retry-After", "30"));

        assertThatThrownBy(client::datacenters).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        });
    }

    @Test
    void retries5xxWithGrowingBackoffUntilItSucceeds() {
        t.api.fail("GET /images", 2, 503);

        assertThat(client.images()).hasSize(2);
        assertThat(t.metrics.requests("GET", 503)).isEqualTo(2);
        assertThat(t.metrics.requests("GET", 200)).isEqualTo(1);
        assertThat(t.metrics.latency("GET").count()).isEqualTo(3);
        assertThat(t.sleeper.waits()).hasSize(2);
    }

    @Test
    void aStormOf5xxOpensTheCircuitAndItClosesAgainAfterSuccesses() {
        t.api.fail("GET /vm", 5, 500);

        assertThatThrownBy(client::listVms).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT)).hasMessageContaining("scripted failure");
        long sent = t.api.count("GET /vm");
        assertThat(client.circuitState()).isEqualTo("open");

        assertThatThrownBy(client::listVms).hasMessageContaining("circuit breaker open")
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isPositive()));
        assertThat(t.api.count("GET /vm")).isEqualTo(sent);
        assertThat(t.metrics.rejections("GET")).isEqualTo(1);

        t.clock.advance(Duration.ofSeconds(31));
        assertThat(client.listVms()).isEmpty();
        assertThat(client.circuitState()).isEqualTo("half_open");
        client.listVms();
        assertThat(client.circuitState()).isEqualTo("closed");
    }

    @Test
    void aCreateIsNotResentAfterATimeout() {
        VpsieClient impatient = t.client(t.settings().withTimeout(Duration.ofMillis(300)));
        t.api.holdCreateAnswers();

        assertThatThrownBy(() -> impatient.createVm(request("demo-apps-0", "cluster.demo.pool.apps")))
                .isInstanceOfSatisfying(VpsieApiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT))
                .hasMessageContaining("POST /vm: no answer within the timeout");
        assertThat(t.api.count("POST /vm")).isEqualTo(1);
        assertThat(t.api.vms()).hasSize(1);
    }

    @Test
    void malformedJsonIsAClearError() {
        t.api.fail("GET /vm", 1, 200, "{\"data\": [ {\"id\": 1,", Map.of());

        assertThatThrownBy(client::listVms).isInstanceOfSatisfying(VpsieApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT))
                .hasMessageStartingWith("VPSie GET /vm: malformed JSON in the answer");
    }

    @Test
    void anErrorInA200BodyIsAnError() {
        assertThatThrownBy(() -> client.createVm(new CreateVmRequest("x", "x", "no-such-offering", "dc-yyz",
                "img-u2404", "", "", List.of()))).isInstanceOfSatisfying(VpsieApiException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.INVALID)).hasMessageContaining("Invalid offering.");
    }

    @Test
    void quotaMessagesAreCapacityErrorsAndNotRetried() {
        t.api.fail("POST /vm", 1, 422, "{\"error\":true,\"message\":\"VM count exceeds the allowed limit\"}", Map.of());

        assertThatThrownBy(() -> client.createVm(request("a", "cluster.demo.pool.apps")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CAPACITY);
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(t.api.count("POST /vm")).isEqualTo(1);
    }

    @Test
    void onlyHttpsOrLoopbackUrls() {
        assertThatThrownBy(() -> VpsieSettings.defaults().withBaseUrl(URI.create("http://api.vpsie.com/v2")))
                .hasMessageContaining("must be https://");
        assertThat(VpsieSettings.fromEnv(Map.of("VPSIE_API_URL", "http://localhost:8080/v2/"), "VPSIE_API_URL")
                .baseUrl()).isEqualTo(URI.create("http://localhost:8080/v2"));
        assertThat(VpsieSettings.fromEnv(Map.of(), "VPSIE_API_URL").baseUrl()).isEqualTo(VpsieSettings.DEFAULT_URL);
    }

    private static CreateVmRequest request(String hostname, String address) {
        return new CreateVmRequest(hostname, hostname, "ofr-2c4g", "dc-yyz", "img-u2404", address, "",
                List.of("provctl.io/resource-id=" + address));
    }
}
