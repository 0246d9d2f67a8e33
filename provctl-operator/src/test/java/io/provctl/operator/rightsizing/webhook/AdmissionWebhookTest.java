package io.provctl.operator.rightsizing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhooks over HTTP on loopback: AdmissionReview JSON in, AdmissionReview JSON out. */
class AdmissionWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID_SPEC = """
            {"targetWorkload": {"name": "web", "kind": "Deployment"}, "optimizationType": "CPU"}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private AdmissionWebhookServer server;

    @BeforeEach
    void start() throws IOException {
        server = AdmissionWebhookServer.start(new InetSocketAddress("127.0.0.1", 0), Optional.empty(),
                new CostOptimizationAdmission(JSON), JSON);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void acceptsAValidResourceAndEchoesTheUid() throws Exception {
        JsonNode response = post("/validate", review("shop", VALID_SPEC)).path("response");

        assertThat(response.path("allowed").asBoolean()).isTrue();
        assertThat(response.path("uid").asText()).isEqualTo("uid-1");
    }

    @Test
    void refusesAutoApplyWithDryRunWithEveryReason() throws Exception {
        JsonNode response = post("/validate", review("shop", """
                {"targetWorkload": {"name": "web", "kind": "Deployment"}, "optimizationType": "CPU",
                 "autoApply": true, "maxRiskLevel": "HIGH", "maxChangePercent": 90}""")).path("response");

        assertThat(response.path("allowed").asBoolean()).isFalse();
        assertThat(response.path("status").path("code").asInt()).isEqualTo(422);
        assertThat(response.path("status").path("message").asText()).isEqualTo(
                "spec.autoApply needs spec.dryRun false: a dry run never changes the workload; "
                        + "spec.autoApply allows spec.maxRiskLevel LOW or MEDIUM only, not HIGH; "
                        + "spec.autoApply allows spec.maxChangePercent up to 80, not 90");
    }

    @Test
    void refusesSpotAutoApplyBelowTheSpotConfidence() throws Exception {
        assertThat(message(denied("shop", """
                {"targetWorkload": {"name": "web", "kind": "Deployment"}, "optimizationType": "SPOT_INSTANCES",
                 "autoApply": true, "dryRun": false}""")))
                .isEqualTo("spec.autoApply of SPOT_INSTANCES needs spec.minConfidence of at least 0.8, not 0.7");
    }

    @Test
    void refusesProtectedTargetsAndKindRules() throws Exception {
        assertThat(message(denied("kube-system", VALID_SPEC))).contains("namespace kube-system is protected");
        assertThat(message(denied("shop", """
                {"targetWorkload": {"name": "coredns", "kind": "Deployment"}, "optimizationType": "CPU"}""")))
                .contains("coredns is a protected workload");
        assertThat(message(denied("shop", """
                {"targetWorkload": {"name": "agent", "kind": "DaemonSet"}, "optimizationType": "REPLICAS"}""")))
                .contains("does not fit a DaemonSet");
        assertThat(message(denied("shop", """
                {"targetWorkload": {"name": "db", "kind": "StatefulSet"}, "optimizationType": "REPLICAS",
                 "autoApply": true, "dryRun": false}"""))).contains("never automatic");
    }

    @Test
    void refusesMissingFieldsBadRangesAndUnknownValues() throws Exception {
        assertThat(message(denied("shop", "{\"optimizationType\": \"CPU\", \"minConfidence\": 1.5,"
                + " \"schedule\": \"every day\"}")))
                .contains("spec.targetWorkload.name is required", "spec.minConfidence must be between 0 and 1",
                        "spec.schedule: invalid schedule 'every day'");
        assertThat(message(denied("shop", """
                {"targetWorkload": {"name": "web", "kind": "Pod"}, "optimizationType": "CPU"}""")))
                .startsWith("cannot read the CostOptimization");
    }

    @Test
    void mutationSetsDefaultsTheLabelAndTheStatus() throws Exception {
        JsonNode response = post("/mutate", review("shop", VALID_SPEC)).path("response");

        assertThat(response.path("allowed").asBoolean()).isTrue();
        assertThat(response.path("patchType").asText()).isEqualTo("JSONPatch");
        JsonNode patch = JSON.readTree(Base64.getDecoder().decode(response.path("patch").asText()));
        assertThat(patch.toString()).contains(
                "{\"op\":\"add\",\"path\":\"/spec/maxChangePercent\",\"value\":50}",
                "{\"op\":\"add\",\"path\":\"/spec/dryRun\",\"value\":true}",
                "{\"op\":\"add\",\"path\":\"/spec/schedule\",\"value\":\"0 */6 * * *\"}",
                "{\"op\":\"add\",\"path\":\"/metadata/labels\",\"value\":{\"app.kubernetes.io/managed-by\":\"provctl\"}}",
                "\"phase\":\"Pending\"");
        assertThat(patch.toString()).doesNotContain("/spec/targetWorkload", "/spec/optimizationType");
    }

    @Test
    void answersBadRequestsWithoutDroppingTheConnection() throws Exception {
        HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(uri("/validate"))
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/validate")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void aFailingHandlerAnswers500() throws Exception {
        try (AdmissionWebhookServer failing = AdmissionWebhookServer.start(new InetSocketAddress("127.0.0.1", 0),
                Optional.empty(), review -> {
                    throw new IllegalStateException("boom");
                }, review -> review, JSON)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + failing.port() + "/validate"))
                    .POST(HttpRequest.BodyPublishers.ofString(review("shop", VALID_SPEC))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).isEqualTo("internal error\n");
        }
    }

    private JsonNode denied(String namespace, String spec) throws Exception {
        JsonNode response = post("/validate", review(namespace, spec)).path("response");
        assertThat(response.path("allowed").asBoolean()).isFalse();
        return response;
    }

    private static String message(JsonNode response) {
        return response.path("status").path("message").asText();
    }

    static String review(String namespace, String spec) {
        return """
                {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
                 "request": {"uid": "uid-1", "operation": "CREATE", "namespace": "%s",
                  "object": {"apiVersion": "optimization.provctl.io/v1alpha1", "kind": "CostOptimization",
                   "metadata": {"name": "opt", "namespace": "%s"}, "spec": %s}}}""".formatted(namespace, namespace, spec);
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
