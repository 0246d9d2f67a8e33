package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendCliTest {

    private static final Instant START = Instant.parse("2026-11-16T10:00:00Z");
    private static final String HEADER = "timestamp,namespace,pod,container,cpu_cores,memory_bytes,oom\n";

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
    }

    /** Seven days, one sample every 5 minutes, two pods of web (app 0.1 core / 1 GiB) and one of ops. */
    private void writeUsage() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Instant t = START; t.isBefore(START.plus(Duration.ofDays(7))); t = t.plus(Duration.ofMinutes(5))) {
            csv.append(t).append(",shop,web-1,app,0.1,1073741824\n");
            csv.append(t.getEpochSecond()).append(",shop,web-2,app,0.1,1073741824,0\n");
            csv.append(t).append(",ops,agent-x,agent,0.02,104857600\n");
        }
        cli.write("usage.csv", csv.toString());
    }

    @Test
    void printsEachContainersEstimateAsJson() throws Exception {
        writeUsage();

        CliHarness.Result r = cli.run("recommend", "--usage", "usage.csv", "-o", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = Json.read(r.out());
        assertThat(names(json)).containsExactly("ops", "shop");
        JsonNode app = json.path("shop").path("app");
        assertThat(names(app))
                .containsExactlyInAnyOrder("target", "lowerBound", "upperBound", "confidence");
        assertThat(names(app.path("target"))).containsExactlyInAnyOrder("cpu", "memory");
        assertThat(app.path("target").path("cpu").asLong()).isBetween(115L, 133L);
        assertThat(app.path("target").path("memory").asLong()).isGreaterThan(1073741824L);
        assertThat(app.path("lowerBound").path("cpu").asLong()).isLessThanOrEqualTo(app.path("target").path("cpu").asLong());
        assertThat(app.path("upperBound").path("cpu").asLong()).isGreaterThan(app.path("target").path("cpu").asLong());
        assertThat(app.path("confidence").asDouble()).isBetween(0.87, 0.88);
        assertThat(json.path("ops").path("agent").path("target").path("cpu").asLong()).isEqualTo(25);
    }

    @Test
    void printsATableByDefault() {
        writeUsage();

        CliHarness.Result r = cli.run("recommend", "--usage", "usage.csv");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(""
                + "NAMESPACE   CONTAINER   CPU    CPU RANGE   MEMORY   MEMORY RANGE    CONFIDENCE   OOM KILLS\n"
                + "ops         agent       25m    25m-27m     250Mi    250Mi-250Mi     0.87         0\n"
                + "shop        app         127m   127m-145m   1182Mi   1181Mi-1351Mi   0.87         0\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMalformedLineIsAnErrorNamingIt() {
        cli.write("usage.csv", HEADER + "2026-11-23T10:00:00Z,shop,web-1,app,0.1,1073741824\n"
                + "2026-11-23T10:01:00Z,shop,web-1,app,a lot,1073741824\n");

        CliHarness.Result r = cli.run("recommend", "--usage", "usage.csv");

        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error: ").contains("usage.csv line 3: cpu_cores 'a lot' is not a number");
    }

    @Test
    void aMissingFileIsAnError() {
        CliHarness.Result r = cli.run("recommend", "--usage", "nowhere.csv");

        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).startsWith("Error: cannot read ");
    }

    @Test
    void theUsageFileIsRequired() {
        CliHarness.Result r = cli.run("recommend");

        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("--usage");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
