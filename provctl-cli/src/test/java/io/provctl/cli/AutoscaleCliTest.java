package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class AutoscaleCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
    }

    private String dump(String name) {
        try {
            cli.copy(Path.of(AutoscaleCliTest.class.getResource("/autoscale/" + name).toURI()), name);
            return name;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("autoscale", "explain", "-o", "json"));
        all.addAll(List.of(args));
        CliHarness.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode root = Json.read(r.out());
        Set<String> fields = new TreeSet<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("blocked", "scaleDown", "scaleUp", "unschedulable");
        return root;
    }

    @Test
    void aBurstOfAHundredPendingPodsBecomesOneDecisionSizedForAllOfThem() throws Exception {
        JsonNode root = json(dump("burst.yaml"));

        // 100 pods of 250m: t3.large (2 CPU, $0.0832) takes 8 each, so 13 nodes for $1.0816/h beat
        // 7 m5.xlarge ($1.344/h) and 4 c5.2xlarge ($1.36/h)
        assertThat(root.path("scaleUp")).hasSize(1);
        JsonNode up = root.path("scaleUp").get(0);
        assertThat(up.path("nodeGroup").asText()).isEqualTo("general");
        assertThat(up.path("offering").asText()).isEqualTo("t3.large");
        assertThat(up.path("count").asInt()).isEqualTo(13);
        assertThat(up.path("pods")).hasSize(100);
        assertThat(up.path("pods").get(0).asText()).isEqualTo("default/web-000");
        assertThat(root.path("unschedulable")).isEmpty();
        assertThat(root.path("scaleDown")).isEmpty();
    }

    @Test
    void theBurstInText() {
        CliHarness.Result r = cli.run("autoscale", "explain", dump("burst.yaml"));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("""
                Scale up:
                NODE GROUP   OFFERING   COUNT   NEW SIZE   PER HOUR   PODS
                general      t3.large   13      14         1.0816     default/web-000, default/web-001, default/web-002 and 97 more
                """).contains("Scale down: held back: the scale-up decided now holds scale-down back.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theExpanderChangesTheChoice() throws Exception {
        JsonNode root = json("--expander", "least-waste", dump("burst.yaml"));

        assertThat(root.path("scaleUp").get(0).path("offering").asText()).isEqualTo("c5.2xlarge");
        assertThat(root.path("scaleUp").get(0).path("count").asInt()).isEqualTo(4);
    }

    @Test
    void aPricingFileChangesTheCheapest() throws Exception {
        cli.write("prices.csv", """
                provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source
                aws,us-east-1,m5.xlarge,4,16,0.05,,test fixture
                """);

        JsonNode root = json("--pricing", "prices.csv", dump("burst.yaml"));

        assertThat(root.path("scaleUp").get(0).path("offering").asText()).isEqualTo("m5.xlarge");
        assertThat(root.path("scaleUp").get(0).path("count").asInt()).isEqualTo(7);
    }

    @Test
    void theNodeCeilingLeavesPodsWaiting() throws Exception {
        JsonNode root = json("--max-nodes", "5", dump("burst.yaml"));

        assertThat(root.path("scaleUp").get(0).path("count").asInt()).isEqualTo(4);
        assertThat(root.path("scaleUp").get(0).path("pods")).hasSize(32);
        assertThat(root.path("unschedulable")).hasSize(68);
        assertThat(root.path("unschedulable").get(0).path("reason").asText())
                .isEqualTo("waiting: cluster node ceiling of 5 reached");
    }

    @Test
    void podsThatFitExistingNodesTriggerNothing() throws Exception {
        JsonNode root = json(dump("fits-existing.yaml"));

        for (String field : List.of("scaleUp", "unschedulable", "scaleDown", "blocked")) {
            assertThat(root.path(field)).as(field).isEmpty();
        }
        assertThat(cli.run("autoscale", "explain", "fits-existing.yaml").out())
                .contains("3 pending pod(s) fit existing nodes and trigger nothing.");
    }

    @Test
    void anImpossiblePodIsReportedWithItsReason() throws Exception {
        JsonNode root = json(dump("impossible.yaml"));

        assertThat(root.path("scaleUp")).isEmpty();
        assertThat(root.path("unschedulable").toString()).isEqualTo(Json.read("""
                [{"pod": "default/huge-0",
                  "reason": "no node group can host it: general: insufficient cpu: needs 64, 4 free of 4 (m5.xlarge)"},
                 {"pod": "default/arm-0",
                  "reason": "no node group can host it: general: node selector kubernetes.io/arch=arm64 does not match (m5.xlarge)"}]
                """).toString());
    }

    @Test
    void anIdleNodeIsRemoved() throws Exception {
        JsonNode root = json(dump("idle-node.yaml"));

        assertThat(root.path("scaleDown").toString()).isEqualTo("[{\"node\":\"general-2\",\"utilization\":0.075}]");
        assertThat(root.path("blocked")).isEmpty();
    }

    @Test
    void aScaleUpRecordedInTheGroupStatusHoldsScaleDownUntilTenMinutesPass() throws Exception {
        String text = cli.run("autoscale", "explain", dump("idle-node.yaml")).out();
        String withStatus = "status.yaml";
        cli.write(withStatus, Files.readString(dir.resolve("idle-node.yaml")).replace("    - m5.xlarge\n",
                "    - m5.xlarge\n  status:\n    lastScaleUpTime: \"2026-11-23T09:55:00Z\"\n"));

        assertThat(text).contains("general-2");
        assertThat(json(withStatus).path("scaleDown")).isEmpty();
        assertThat(json("--now", "2026-11-23T10:05:00Z", withStatus).path("scaleDown")).hasSize(1);
    }

    @Test
    void unneededObservationsJudgeTheDumpAsOfAGivenTime() throws Exception {
        dump("idle-node.yaml");

        JsonNode early = json("--now", "2026-11-23T10:00:00Z", "--unneeded-since", "general-2=2026-11-23T09:55:00Z",
                "idle-node.yaml");
        JsonNode due = json("--now", "2026-11-23T10:05:00Z", "--unneeded-since", "general-2=2026-11-23T09:55:00Z",
                "idle-node.yaml");
        JsonNode unnamed = json("--unneeded-since", "general-1=2026-11-23T09:00:00Z", "idle-node.yaml");

        assertThat(early.path("scaleDown")).isEmpty();
        assertThat(due.path("scaleDown")).hasSize(1);
        assertThat(unnamed.path("scaleDown")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "n-pdb, pdb, default/pay-0",
            "n-local-storage, local-storage, default/cache-0",
            "n-not-replicated, not-replicated, default/debug-shell",
            "n-kube-system, kube-system, kube-system/coredns-1",
            "n-safe-to-evict-false, safe-to-evict-false, default/batch-0",
            "n-scale-down-disabled, scale-down-disabled, "})
    void eachBlockerKeepsItsNode(String node, String reason, String pod) throws Exception {
        JsonNode root = json(dump("blockers.yaml"));

        assertThat(root.path("scaleDown")).isEmpty();
        JsonNode entry = null;
        for (JsonNode b : root.path("blocked")) {
            if (b.path("node").asText().equals(node)) {
                entry = b;
            }
        }
        assertThat(entry).as(root.toString()).isNotNull();
        assertThat(entry.path("reason").asText()).isEqualTo(reason);
        assertThat(entry.path("pod").isNull() ? null : entry.path("pod").asText()).isEqualTo(pod);
    }

    @Test
    void aDumpCanComeFromStandardInput() throws Exception {
        cli.input = Files.readString(dir.resolve(dump("idle-node.yaml")));

        assertThat(json("-").path("scaleDown").get(0).path("node").asText()).isEqualTo("general-2");
        cli.input = "kind: Pod\nmetadata: {name: a}\nspec: {containers: [{resources: {requests: {cpu: lots}}}]}\n";
        assertThat(cli.run("autoscale", "explain", "-").err()).startsWith("Error: <stdin>: document 1 (line 1): Pod a:");
    }

    @Test
    void aMalformedDumpNamesTheFileDocumentAndLine() {
        CliHarness.Result r = cli.run("autoscale", "explain", dump("malformed.yaml"));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Error: " + dir.resolve("malformed.yaml")
                + ": document 2 (line 13): Pod web-0: invalid quantity \"2 cores\": unknown suffix \" cores\"\n");
    }

    @Test
    void invalidYamlNamesTheLine() {
        cli.write("broken.yaml", "apiVersion: v1\nkind: Node\nmetadata:\n  name: [a\n");

        CliHarness.Result r = cli.run("autoscale", "explain", "broken.yaml");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: " + dir.resolve("broken.yaml") + ": document 1 (line ").contains("invalid YAML");
    }

    @Test
    void anUnknownOfferingSaysHowToFixIt() {
        cli.write("ng.yaml", """
                apiVersion: autoscaling.provctl.io/v1alpha1
                kind: NodeGroup
                metadata:
                  name: general
                spec:
                  maxNodes: 3
                  offeringIDs: [x9.huge]
                """);

        CliHarness.Result r = cli.run("autoscale", "explain", "ng.yaml");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("ng.yaml: document 1 (line 1): NodeGroup general: offering x9.huge is not in the price catalog");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--expander cheapest|unknown expander \"cheapest\"",
            "--expander priority|--expander priority needs --priorities FILE or at least one --priority N=REGEX",
            "--priorities bad.yaml --expander priority|--priorities bad.yaml: priority \"high\" is not an integer",
            "--now yesterday|--now yesterday: expected an RFC 3339 time",
            "--unneeded-since general-2|--unneeded-since general-2: expected NODE=TIME",
            "-o yaml|-o yaml: expected text or json",
            "missing.yaml|missing.yaml: cannot read"})
    void badArgumentsAreOneLineErrors(String args, String message) {
        dump("burst.yaml");
        cli.write("bad.yaml", "high: [gen.*]\n");
        List<String> all = new ArrayList<>(List.of("autoscale", "explain"));
        all.addAll(List.of(args.split(" ")));
        if (!args.endsWith(".yaml")) {
            all.add("burst.yaml");
        }

        CliHarness.Result r = cli.run(all.toArray(String[]::new));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: ").contains(message);
    }

    @Test
    void thePriorityExpanderTakesRegexes() throws Exception {
        JsonNode root = json("--expander", "priority", "--priority", "10=gen.*", dump("burst.yaml"));

        assertThat(root.path("scaleUp").get(0).path("nodeGroup").asText()).isEqualTo("general");
    }

    @Test
    void thePriorityExpanderReadsTheConfigMapYamlFromAFile() throws Exception {
        cli.write("priorities.yaml", "50:\n  - nothing\n10:\n  - gen.*\n");

        JsonNode root = json("--expander", "priority", "--priorities", "priorities.yaml", dump("burst.yaml"));

        assertThat(root.path("scaleUp").get(0).path("nodeGroup").asText()).isEqualTo("general");
    }

    @Test
    void helpExplainsTheCommand() {
        CliHarness.Result group = cli.run("autoscale");
        CliHarness.Result help = cli.run("autoscale", "explain", "--help");

        assertThat(group.out()).contains("Shows the node autoscaler's decisions").contains("explain");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: provctl autoscale explain ")
                .contains("Explains what the autoscaler would do now on a cluster dump, and why.")
                .contains("--expander=NAME", "--now=TIME", "--pricing=FILE", "--priority=N=REGEX", "--priorities=FILE", "-o, --output=FORMAT",
                        "local-storage, not-replicated, kube-system, safe-to-evict-false,");
    }
}
