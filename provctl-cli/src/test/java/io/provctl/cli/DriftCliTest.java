package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.cloud.local.LocalCloudConsole;
import io.provctl.cloud.local.LocalInstanceTypes;
import io.provctl.cloud.local.Quota;
import io.provctl.json.Json;
import io.provctl.model.ResourceId;
import io.provctl.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Drift made with `provctl local …` (or its console), found by drift detect and undone by drift remediate. */
class DriftCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void applyQuickstart() {
        cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        assertThat(cli.run("apply", "--auto-approve", "quickstart.hcl").code()).isZero();
    }

    private LocalCloudConsole console() {
        return LocalCloudConsole.open(dir.resolve(".provctl/local-cloud"),
                LocalInstanceTypes.including(new io.provctl.cost.pricing.CatalogInstanceTypes(io.provctl.cost.pricing.PriceSources.embedded())), cli.clock, Quota.unlimited());
    }

    private JsonNode onlyDrift() throws Exception {
        CliHarness.Result r = cli.run("drift", "detect", "-o", "json");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        JsonNode report = Json.read(r.out());
        assertThat(report.path("drifts")).hasSize(1);
        return report.path("drifts").get(0);
    }

    private void expect(JsonNode drift, String address, String type, String severity, boolean remediable) {
        assertThat(drift.path("address").asText()).isEqualTo(address);
        assertThat(drift.path("type").asText()).isEqualTo(type);
        assertThat(drift.path("severity").asText()).isEqualTo(severity);
        assertThat(drift.path("remediable").asBoolean()).as(drift.toString()).isEqualTo(remediable);
    }

    @Test
    void noDriftRightAfterApplyExitsZero() {
        CliHarness.Result r = cli.run("drift", "detect");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("No drift: the providers match the recorded state.\n");
    }

    @Test
    void scaleChange() throws Exception {
        cli.run("local", "scale", "cluster.quickstart.pool.system", "3");

        JsonNode d = onlyDrift();

        expect(d, "cluster.quickstart.pool.system", "scale_change", "medium", true);
        assertThat(d.path("attribute").asText()).isEqualTo("desired_size");
        assertThat(d.path("expected").asInt()).isEqualTo(2);
        assertThat(d.path("actual").asInt()).isEqualTo(3);
    }

    @Test
    void versionSkew() throws Exception {
        cli.run("local", "set-version", "cluster.quickstart", "1.31");

        JsonNode d = onlyDrift();

        expect(d, "cluster.quickstart.control_plane", "version_skew", "high", false);
        assertThat(d.path("explanation").asText()).contains("cannot be downgraded in place");
    }

    @Test
    void networkChange() throws Exception {
        assertThat(cli.run("local", "set", "cluster.quickstart.network", "nat_gateway=true").code()).isZero();

        expect(onlyDrift(), "cluster.quickstart.network", "network_change", "high", true);
    }

    @Test
    void securityChange() throws Exception {
        assertThat(cli.run("local", "set", "cluster.quickstart.network", "private_cluster=true").code()).isZero();

        JsonNode d = onlyDrift();

        expect(d, "cluster.quickstart.network", "security_change", "high", false);
        assertThat(d.path("explanation").asText()).contains("cannot change in place");
    }

    @Test
    void configChangeOfATag() throws Exception {
        cli.run("local", "tag", "cluster.quickstart", "ManagedBy=console");

        JsonNode d = onlyDrift();

        expect(d, "cluster.quickstart", "config_change", "low", true);
        assertThat(d.path("attribute").asText()).isEqualTo("tags.ManagedBy");
    }

    @Test
    void resourceDeleted() throws Exception {
        cli.run("local", "delete", "cluster.quickstart");

        expect(onlyDrift(), "cluster.quickstart", "resource_deleted", "critical", true);
    }

    @Test
    void resourceAdded() throws Exception {
        ResourceId stray = ResourceId.pool("quickstart", "stray");
        console().createUntracked(Resource.of(stray, "local", "local-1", Map.of("instance_type", "local.small",
                "min_size", 1, "max_size", 1, "desired_size", 1), Set.of()));

        JsonNode d = onlyDrift();

        expect(d, "cluster.quickstart.pool.stray", "resource_added", "medium", false);
        assertThat(d.path("actual").asText()).startsWith("ng-");
    }

    @Test
    void theTableShowsSeverityTypeAndWhatIsLeftAlone() {
        cli.run("local", "scale", "cluster.quickstart.pool.system", "3");
        cli.run("local", "set-version", "cluster.quickstart", "1.31");

        CliHarness.Result r = cli.run("drift", "detect");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("SEVERITY   TYPE")
                .contains("high       version_skew   cluster.quickstart.control_plane   version")
                .contains("\"1.30\"     \"1.31\"   no")
                .contains("2 drifts (1 high, 1 medium), 1 remediable.")
                .contains("Not remediable:\n  cluster.quickstart.control_plane version: the control plane was upgraded");
    }

    @Test
    void aBrokenConfigurationIsAnErrorWithExitOne() {
        cli.write("quickstart.hcl", "cluster \"x\" {");

        assertThat(cli.run("drift", "detect").code()).isEqualTo(1);
    }

    @Test
    void remediationEndToEndConvergesTheLocalCloudAndIsRecorded() throws Exception {
        cli.run("local", "scale", "cluster.quickstart.pool.system", "4");
        cli.run("local", "tag", "cluster.quickstart", "ManagedBy=console");
        cli.run("local", "delete", "cluster.quickstart.pool.apps");

        CliHarness.Result r = cli.run("drift", "remediate", "--auto-approve");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Plan: 1 to add, 2 to change, 0 to destroy.", "Remediation complete!");
        assertThat(r.err()).contains("Snapshot snap-0002 taken (drift_remediate).");
        assertThat(cli.run("drift", "detect").code()).isZero();
        assertThat(cli.run("local", "list").out()).contains("2 x local.small", "1 x local.medium");
        String history = cli.run("history").out();
        assertThat(history).contains("drift_detected", "resource_deleted", "drift_remediated", "snapshot_created");
    }

    @Test
    void remediationAsksFirstAndNoChangesNothing() {
        cli.run("local", "scale", "cluster.quickstart.pool.system", "4");
        cli.input = "no\n";

        CliHarness.Result r = cli.run("drift", "remediate");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Remediation cancelled.");
        assertThat(cli.run("drift", "detect").code()).isEqualTo(2);
    }

    @Test
    void driftThatCannotBeRemediatedIsLeftAndReportedWithExitTwo() {
        cli.run("local", "set-version", "cluster.quickstart", "1.31");

        CliHarness.Result r = cli.run("drift", "remediate", "--auto-approve");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Nothing to remediate");
        assertThat(cli.run("local", "list").out()).contains("v1.31");
    }
}
