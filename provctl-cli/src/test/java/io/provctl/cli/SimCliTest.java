package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class SimCliTest {

    private static final String ONE_POD = "submit_time_s,duration_s,cpu_millis,memory_mib\n0,3600,1500,1024\n";

    private static final String POLICY = """
            kind: NodeGroup
            metadata: {name: general}
            spec:
              maxNodes: 5
              offeringIDs: [{name: small, cpu: "2", memory: 8Gi, pricePerHour: "0.36"}]
              scaleDownPolicy: {stabilizationWindowSeconds: 0}
            ---
            kind: SimulationPolicy
            metadata: {name: quick}
            spec: {removalDelaySeconds: 30}
            """;

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        cli.write("one.csv", ONE_POD);
        cli.write("policy.yaml", POLICY);
    }

    @Test
    void printsTheSummaryOfOnePod() {
        CliHarness.Result r = cli.run("sim", "run", "--trace", "one.csv", "--policy", "policy.yaml");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("""
                MEASURE                QUICK
                total cost             0.369000
                lower bound            0.270000
                cost / bound           1.367
                node-hours             small 1.0250
                peak nodes             1
                """).contains("wait p50/p95/p99/max   70/70/70/70s", "pods never scheduled   0 of 1",
                "scale-ups (nodes)      1 (1)", "simulated span         0d01h11m20s");
    }

    @Test
    void jsonHasTheAgreedFieldNames() throws Exception {
        CliHarness.Result r = cli.run("sim", "run", "--trace", "one.csv", "--policy", "policy.yaml", "-o", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode o = Json.read(r.out());
        Set<String> names = new TreeSet<>();
        o.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("costOverBound", "lowerBoundCost", "meanCpuAllocation", "meanMemoryAllocation",
                "nodeHours", "nodesAdded", "peakNodes", "pods", "policy", "scaleDowns", "scaleUps", "simulatedSeconds",
                "totalCost", "unscheduledPods", "waitSeconds", "wallSeconds");
        Set<String> waits = new TreeSet<>();
        o.path("waitSeconds").fieldNames().forEachRemaining(waits::add);
        assertThat(waits).containsExactly("max", "p50", "p95", "p99");
        assertThat(o.path("totalCost").asText()).isEqualTo("0.369000");
    }

    @Test
    void comparesPoliciesSideBySideAndWritesTimelineAndReport() throws Exception {
        cli.write("slow.yaml", POLICY.replace("name: quick", "name: slow")
                .replace("{removalDelaySeconds: 30}", "{removalDelaySeconds: 30, provisioningDelaySeconds: 300}"));

        CliHarness.Result r = cli.run("sim", "run", "--trace", "one.csv", "--policy", "policy.yaml",
                "--compare", "slow.yaml", "-o", "json", "--timeline", "t.csv", "--report", "r.html");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode all = Json.read(r.out()).path("policies");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).path("policy").asText()).isEqualTo("quick");
        assertThat(all.get(1).path("policy").asText()).isEqualTo("slow");
        assertThat(all.get(1).path("waitSeconds").path("max").asInt()).isEqualTo(310);
        assertThat(Files.readString(dir.resolve("t.csv"))).startsWith("policy,time_s,nodes,").contains("\nslow,60,");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<svg").doesNotContain("<script");
    }

    @Test
    void theExampleRuns() {
        cli.copy(CliHarness.EXAMPLES.resolve("sim/trace.csv"), "trace.csv");
        cli.copy(CliHarness.EXAMPLES.resolve("sim/policy.yaml"), "example.yaml");
        cli.copy(CliHarness.EXAMPLES.resolve("sim/policy-big-nodes.yaml"), "big.yaml");

        CliHarness.Result r = cli.run("sim", "run", "--trace", "trace.csv", "--policy", "example.yaml", "--compare", "big.yaml");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("MEASURE").contains("LEAST-COST", "BIG-NODES", "pods never scheduled   0 of 189");
    }

    @Test
    void aMalformedTraceLineIsAnError() {
        cli.write("bad.csv", ONE_POD + "60,abc,100,64\n");

        CliHarness.Result r = cli.run("sim", "run", "--trace", "bad.csv", "--policy", "policy.yaml");

        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.csv line 3: duration_s must be a number of seconds");
    }

    @Test
    void missingFilesAndOptionsAreErrors() {
        assertThat(cli.run("sim", "run", "--trace", "nope.csv", "--policy", "policy.yaml").err())
                .contains("nope.csv: no such file");
        CliHarness.Result usage = cli.run("sim", "run", "--trace", "one.csv");
        assertThat(usage.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(usage.err()).contains("Missing required option: '--policy=FILE'");
        assertThat(cli.run("sim", "run", "--trace", "one.csv", "--policy", "policy.yaml", "-o", "yaml").err())
                .contains("-o yaml: expected text or json");
    }
}
