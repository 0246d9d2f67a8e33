package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import io.provctl.rightsizing.testsupport.FakePrometheus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.provctl.rightsizing.testsupport.FakePrometheus.matrix;
import static io.provctl.rightsizing.testsupport.FakePrometheus.series;
import static org.assertj.core.api.Assertions.assertThat;

class RightsizeCliTest {

    /** The harness clock's instant: the end of every query. */
    private static final long NOW = Instant.parse("2026-11-23T10:00:00Z").getEpochSecond();
    private static final int STEP = 60;
    /** Seven days of one-minute points. */
    private static final int POINTS = 7 * 24 * 60;

    @TempDir
    Path dir;

    private CliHarness cli;
    private FakePrometheus prometheus;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        prometheus = FakePrometheus.start();
    }

    @AfterEach
    void tearDown() {
        prometheus.close();
    }

    private static String constant(String value) {
        String[] values = new String[POINTS];
        java.util.Arrays.fill(values, value);
        return matrix(List.of(series("shop", "web-5d8f7-x2k4q", "app", NOW - (long) POINTS * STEP, STEP, values)));
    }

    private CliHarness.Result recommend(String... extra) {
        List<String> args = new ArrayList<>(List.of("rightsize", "recommend", "--prometheus",
                prometheus.uri().toString(), "--workload", "shop/Deployment/web", "--container", "app=1/2Gi",
                "--replicas", "3"));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void printsTheRecommendationAsATable() {
        prometheus.respond("container_cpu_usage_seconds_total", 200, constant("0.1"))
                .respond("container_memory_working_set_bytes", 200, constant("1073741824"));

        CliHarness.Result r = recommend("--type", "CPU");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("shop/Deployment/web: CPU from the last 7d of usage\n"
                + "CONTAINER   CPU   NEW CPU   MEMORY   NEW MEMORY   CAPPED   OOM KILLS\n"
                + "app         1     500m      2Gi      2Gi          yes      0\n");
        assertThat(r.out()).contains("Monthly cost: $78.84 -> $52.56, saving $26.28\n")
                .contains("Confidence: 0.87   Risk: CRITICAL (largest reduction 50.0% -> CRITICAL)")
                .contains("Priced at: aws/us-east-1/m5.large at $0.096/h");
        assertThat(prometheus.requests()).extracting(q -> q.get("end")).containsOnly(Long.toString(NOW));
    }

    @Test
    void printsJsonWithTargetAndBoundsInMillicoresAndBytes() throws Exception {
        prometheus.respond("container_cpu_usage_seconds_total", 200, constant("0.1"))
                .respond("container_memory_working_set_bytes", 200, constant("1073741824"));

        CliHarness.Result r = recommend("--type", "CPU", "-o", "json", "--max-change-percent", "100");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = Json.read(r.out());
        JsonNode app = json.path("containers").get(0);
        assertThat(json.path("workload").asText()).isEqualTo("shop/Deployment/web");
        assertThat(app.path("after").path("cpu").asLong()).isBetween(115L, 133L);
        assertThat(app.path("after").path("memory").asLong()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(app.path("lowerBound").path("cpu").asLong()).isLessThanOrEqualTo(app.path("target").path("cpu").asLong());
        assertThat(app.path("upperBound").path("cpu").asLong()).isGreaterThan(app.path("target").path("cpu").asLong());
        assertThat(json.path("confidence").asDouble()).isBetween(0.87, 0.88);
        assertThat(json.path("currentMonthlyCost").asText()).isEqualTo("78.84");
    }

    @Test
    void aPrometheusErrorIsOneLineOnStderr() {
        prometheus.respondToAll(422, "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"too many samples\"}");

        CliHarness.Result r = recommend("--type", "CPU");

        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error: " + prometheus.uri() + " answered HTTP 422 (execution: too many samples)");
    }

    @Test
    void saysWhyThereIsNoRecommendation() {
        CliHarness.Result r = recommend("--type", "SPOT_INSTANCES");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("No SPOT_INSTANCES recommendation for shop/Deployment/web: no "
                + "PodDisruptionBudget selects the pod template's labels: draining a reclaimed spot node could evict "
                + "every pod at once\n"
                + "This command does not read the cluster: give --pdb-min-available N when a PodDisruptionBudget "
                + "covers the pods, and --claim-volume for each PersistentVolumeClaim.\n");
    }

    @Test
    void spotForAPdbCoveredDeploymentShowsThePlacementAndTheAssumedDiscount() {
        prometheus.respond("container_cpu_usage_seconds_total", 200, constant("0.1"))
                .respond("container_memory_working_set_bytes", 200, constant("1073741824"));

        CliHarness.Result r = recommend("--type", "SPOT_INSTANCES", "--pdb-min-available", "2");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("shop/Deployment/web: SPOT_INSTANCES from the last 7d of usage\n"
                + "Pod template changes (requests and replicas stay as they are):\n"
                + "  add toleration node.provctl.io/capacity-type=spot:NoSchedule\n"
                + "  add preferred node affinity weight 100: [node.provctl.io/capacity-type In [spot]]\n"
                + "Monthly cost: $78.84 -> $23.65, saving $55.19\n"
                + "Confidence: 0.87   Risk: MEDIUM (spot nodes can be reclaimed at short notice -> MEDIUM)\n");
        assertThat(r.out()).contains("estimated with a 70% default spot discount")
                .contains("the catalog has no spot price for aws/us-east-1/m5.large");
    }

    @Test
    void spotJsonCarriesThePlacementChanges() throws Exception {
        prometheus.respond("container_cpu_usage_seconds_total", 200, constant("0.1"))
                .respond("container_memory_working_set_bytes", 200, constant("1073741824"));

        CliHarness.Result r = recommend("--type", "SPOT_INSTANCES", "--pdb-min-available", "2", "-o", "json");

        JsonNode json = Json.read(r.out());
        assertThat(json.path("placement").path("changes")).hasSize(2);
        assertThat(json.path("monthlySavings").asText()).isEqualTo("55.19");
        assertThat(json.path("risk").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void spotRefusesAClaimVolume() {
        CliHarness.Result r = recommend("--type", "SPOT_INSTANCES", "--pdb-min-available", "2",
                "--claim-volume", "data");
        assertThat(r.out()).startsWith("No SPOT_INSTANCES recommendation for shop/Deployment/web: the pod template "
                + "mounts PersistentVolumeClaim volume(s) [data]");
    }
}
