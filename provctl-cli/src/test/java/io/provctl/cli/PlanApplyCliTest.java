package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlanApplyCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
    }

    @Test
    void planShowsEveryActionAndTheSummaryAndChangesNothing() {
        CliHarness.Result plan = cli.run("plan", "quickstart.hcl");

        assertThat(plan.code()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("  + cluster.quickstart.network\n", "  + cluster.quickstart.pool.apps\n",
                "      + instance_type = \"local.small\"\n", "Plan: 5 to add, 0 to change, 0 to destroy.\n");
        assertThat(cli.run("state", "list").out()).isEmpty();
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1);
    }

    @Test
    void detailedExitCodeSaysWhetherThereAreChanges() {
        assertThat(cli.run("plan", "--detailed-exitcode", "quickstart.hcl").code()).isEqualTo(2);
        cli.run("apply", "--auto-approve", "quickstart.hcl");

        CliHarness.Result after = cli.run("plan", "--detailed-exitcode", "quickstart.hcl");

        assertThat(after.code()).isZero();
        assertThat(after.out()).isEqualTo("No changes. Your infrastructure matches the configuration.\n");
    }

    @Test
    void applyCreatesEverythingAndRecordsIt() {
        CliHarness.Result apply = cli.run("apply", "--auto-approve", "quickstart.hcl");

        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("Plan: 5 to add").endsWith("Apply complete! Resources: 5 added, 0 changed, 0 destroyed.\n");
        assertThat(apply.err()).contains("cluster.quickstart.network: Creating...",
                "cluster.quickstart.pool.system: Creation complete after");
        assertThat(cli.run("state", "list").out()).isEqualTo("""
                cluster.quickstart
                cluster.quickstart.control_plane
                cluster.quickstart.network
                cluster.quickstart.pool.apps
                cluster.quickstart.pool.system
                """);
        assertThat(cli.run("local", "list").out()).contains("cluster.quickstart.pool.system", "2 x local.small");
    }

    @Test
    void applyAsksFirstAndOnlyYesProceeds() {
        cli.input = "no\n";
        CliHarness.Result refused = cli.run("apply", "quickstart.hcl");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Only 'yes' will be accepted").contains("Apply cancelled.");
        assertThat(cli.run("state", "list").out()).isEmpty();

        cli.input = "yes\n";
        assertThat(cli.run("apply", "quickstart.hcl").code()).isZero();
        assertThat(cli.run("state", "list").out().lines()).hasSize(5);
    }

    @Test
    void aChangeIsPlannedAsAnUpdateAndApplied() throws Exception {
        cli.run("apply", "--auto-approve", "quickstart.hcl");
        Path config = dir.resolve("quickstart.hcl");
        Files.writeString(config, Files.readString(config).replace("desired_size  = 2", "desired_size  = 3"));

        CliHarness.Result apply = cli.run("apply", "--auto-approve", "quickstart.hcl");

        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("  ~ cluster.quickstart.pool.system\n", "      ~ desired_size = 2 -> 3\n",
                "Apply complete! Resources: 0 added, 1 changed, 0 destroyed.");
        assertThat(cli.run("local", "list").out()).contains("3 x local.small");
    }

    @Test
    void planAsJsonFollowsTheDocumentedSchema() throws Exception {
        CliHarness.Result plan = cli.run("plan", "-o", "json", "quickstart.hcl");

        JsonNode root = Json.read(plan.out());
        assertThat(root.path("format_version").asText()).isEqualTo("1");
        assertThat(root.path("summary").path("add").asInt()).isEqualTo(5);
        assertThat(root.path("resource_changes").get(0).path("address").asText()).isEqualTo("cluster.quickstart.network");
    }

    @Test
    void aSavedPlanIsAppliedExactlyAndRefusedOnceStale() {
        CliHarness.Result saved = cli.run("plan", "-out", "tfplan", "quickstart.hcl");
        assertThat(saved.err()).contains("Saved the plan to: tfplan");
        assertThat(cli.run("show", "tfplan").out()).contains("Plan: 5 to add");

        CliHarness.Result applied = cli.run("apply", "tfplan");
        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(applied.out()).contains("Apply complete! Resources: 5 added");

        CliHarness.Result again = cli.run("apply", "tfplan");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Error: the saved plan is stale: it was made at state serial 0 and the state"
                + " is now at serial 5; run `provctl plan` again");
    }

    @Test
    void aTargetLimitsTheApply() {
        CliHarness.Result apply = cli.run("apply", "--auto-approve", "--target", "cluster.quickstart.network",
                "quickstart.hcl");

        assertThat(apply.out()).contains("Plan: 1 to add, 0 to change, 0 to destroy.");
        assertThat(cli.run("state", "list").out()).isEqualTo("cluster.quickstart.network\n");
    }

    @Test
    void destroyRemovesEverythingDependentsFirst() {
        cli.run("apply", "--auto-approve", "quickstart.hcl");

        CliHarness.Result destroy = cli.run("destroy", "--auto-approve");

        assertThat(destroy.code()).as(destroy.toString()).isZero();
        assertThat(destroy.out()).contains("Plan: 0 to add, 0 to change, 5 to destroy.",
                "Destroy complete! Resources: 0 added, 0 changed, 5 destroyed.");
        assertThat(destroy.err().indexOf("cluster.quickstart.pool.apps: Destroying"))
                .isLessThan(destroy.err().indexOf("cluster.quickstart.network: Destroying"));
        assertThat(cli.run("state", "list").out()).isEmpty();
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1);
    }

    @Test
    void destroyOfATargetKeepsTheRest() {
        cli.run("apply", "--auto-approve", "quickstart.hcl");

        CliHarness.Result destroy = cli.run("destroy", "--auto-approve", "--target", "cluster.quickstart.pool.apps");

        assertThat(destroy.out()).contains("Plan: 0 to add, 0 to change, 1 to destroy.");
        assertThat(cli.run("state", "list").out()).doesNotContain("pool.apps").contains("pool.system");
    }

    @Test
    void showStateAndHistoryReadTheRecord() throws Exception {
        cli.run("apply", "--auto-approve", "quickstart.hcl");

        assertThat(cli.run("state", "show", "cluster.quickstart.pool.system").out())
                .startsWith("# cluster.quickstart.pool.system\n  id       = ng-").contains("  desired_size = 2\n");
        assertThat(cli.run("show").out()).contains("# cluster.quickstart.network", "vpc_cidr = \"10.42.0.0/16\"");
        JsonNode state = Json.read(cli.run("show", "-o", "json").out());
        assertThat(state.path("serial").asInt()).isEqualTo(5);

        CliHarness.Result history = cli.run("history", "--resource", "cluster.quickstart.pool.apps");
        assertThat(history.out().lines().toList()).hasSize(3);
        assertThat(history.out()).startsWith("SEQ").contains("alice@", "apply", "create_intent", "resource_created");
        JsonNode events = Json.read(cli.run("history", "-o", "json").out());
        assertThat(events.get(0).path("type").asText()).isEqualTo("state_initialised");
    }

    @Test
    void unknownResourcesAndFilesAreClearErrors() {
        CliHarness.Result show = cli.run("state", "show", "cluster.nope");
        assertThat(show.code()).isEqualTo(1);
        assertThat(show.err()).isEqualTo("Error: no resource cluster.nope in the state; `provctl state list` shows them\n");

        CliHarness.Result bad = cli.run("state", "show", "pool.x");
        assertThat(bad.err()).startsWith("Error: invalid resource address 'pool.x'");

        CliHarness.Result missing = cli.run("plan", "missing.hcl");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("Error: missing.hcl: no such file or directory\n");
    }

    @Test
    void aRealProviderWithoutCredentialsFailsBeforeAnythingIsChanged() {
        cli.copy(CliHarness.SHARED.resolve("examples/original-aws.hcl"), "aws.hcl");

        CliHarness.Result apply = cli.run("apply", "--auto-approve", "aws.hcl");

        assertThat(apply.code()).isEqualTo(1);
        assertThat(apply.err()).contains("provider \"aws\" needs credentials", "AWS_ACCESS_KEY_ID",
                "--cloud local").doesNotContain("Creating...");
        assertThat(cli.run("state", "list").out()).isEmpty();

        CliHarness.Result simulated = cli.run("apply", "--auto-approve", "--cloud", "local", "aws.hcl");
        assertThat(simulated.code()).as(simulated.toString()).isZero();
        assertThat(simulated.out()).contains("Apply complete! Resources: 6 added");
        assertThat(cli.run("local", "list").out()).contains("aws", "t3.large");
    }

    @Test
    void aDirectoryWithoutConfigurationsSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliHarness.Result plan = cli.run("plan", "-C", empty.toString());

        assertThat(plan.code()).isEqualTo(1);
        assertThat(plan.err()).isEqualTo(
                "Error: .: no configuration files; expected *.hcl or *.yaml files in this directory\n");
    }

    @Test
    void chdirRunsInAnotherDirectory() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("team"));
        Files.copy(dir.resolve("quickstart.hcl"), sub.resolve("main.hcl"));

        CliHarness.Result apply = cli.run("apply", "-C", "team", "--auto-approve");

        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(sub.resolve(".provctl/state.db")).exists();
        assertThat(dir.resolve(".provctl")).doesNotExist();
    }
}
