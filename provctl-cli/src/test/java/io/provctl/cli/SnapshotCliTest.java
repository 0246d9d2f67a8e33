package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private String quickstart;

    @BeforeEach
    void applyQuickstart() throws Exception {
        cli = new CliHarness(dir);
        quickstart = Files.readString(cli.example("quickstart.hcl"));
        assertThat(cli.run("apply", "--auto-approve").code()).isZero();
    }

    private Path file(String id) {
        return dir.resolve(".provctl/snapshots/" + id + ".json");
    }

    private CliHarness.Result ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    /** The quickstart with the system pool at 3 nodes, the apps pool gone and a batch pool added. */
    private void changeTheConfiguration() {
        cli.write("quickstart.hcl", quickstart.replace("desired_size  = 2", "desired_size  = 3")
                .replace("pool \"apps\"", "pool \"batch\""));
    }

    @Test
    void theFirstApplyTookAPreApplySnapshotOfTheEmptyState() {
        CliHarness.Result list = ok("snapshot", "list");

        assertThat(list.out()).startsWith("ID          CREATED                TRIGGER     SERIAL   RESOURCES   STATUS   DESCRIPTION\n")
                .contains("snap-0001   2026-11-23T10:00:00Z   pre_apply   0        0           ok       before provctl apply");
    }

    @Test
    void createShowVerifyRoundTrip() throws Exception {
        CliHarness.Result created = ok("snapshot", "create", "--description", "known good");

        assertThat(created.out()).startsWith("Snapshot snap-0002 created (manual): 5 resources at state serial 5, sha256 ");
        assertThat(ok("snapshot", "verify", "snap-0002").out()).startsWith("Snapshot snap-0002 is intact: sha256 ");
        assertThat(ok("snapshot", "show", "snap-0002").out()).startsWith("Snapshot snap-0002 (manual): known good\n")
                .contains("  cluster.quickstart.pool.system (ng-", "      desired_size = 2", "Configuration (5 resources):");
        assertThat(ok("snapshot", "show", "snap-0002", "-o", "json").out()).isEqualTo(Files.readString(file("snap-0002")));
        JsonNode listed = Json.read(ok("snapshot", "list", "-o", "json").out()).get(1);
        assertThat(listed.path("description").asText()).isEqualTo("known good");
        assertThat(cli.run("history").out()).contains("snapshot_created");
    }

    @Test
    void aCorruptedSnapshotIsRefusedWithAClearError() throws Exception {
        ok("snapshot", "create");
        Files.writeString(file("snap-0002"), Files.readString(file("snap-0002")).replace("\"local.small\"", "\"local.xlarge\""));

        CliHarness.Result verify = cli.run("snapshot", "verify", "snap-0002");
        CliHarness.Result restore = cli.run("snapshot", "restore", "snap-0002", "--auto-approve");

        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.err()).startsWith("Error: snapshot snap-0002 is corrupt and will not be used: its checksum does not match");
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).contains("is corrupt");
        assertThat(ok("snapshot", "list").out()).contains("snap-0002   -").contains("corrupt");
    }

    @Test
    void restoreDryRunShowsTheChangesAndChangesNothing() throws Exception {
        ok("snapshot", "create");
        changeTheConfiguration();
        ok("apply", "--auto-approve");
        String cloudBefore = ok("local", "list", "-o", "json").out();
        String stateBefore = ok("state", "list").out();
        String snapshotsBefore = ok("snapshot", "list").out();

        CliHarness.Result r = ok("snapshot", "restore", "snap-0002", "--dry-run");

        assertThat(r.out()).startsWith("Restoring snap-0002 (manual, taken 2026-11-23T10:00:00Z, sha256 verified)\n"
                + "  + cluster.quickstart.pool.apps (add)\n"
                + "  - cluster.quickstart.pool.batch (remove)\n"
                + "  ~ cluster.quickstart.pool.system (modify: desired_size)\n"
                + "Changes: 1 to add, 1 to modify, 1 to remove.\n")
                .contains("Plan: 1 to add, 1 to change, 1 to destroy.");
        assertThat(r.err()).contains("Dry run: nothing was changed.");
        assertThat(ok("local", "list", "-o", "json").out()).isEqualTo(cloudBefore);
        assertThat(ok("state", "list").out()).isEqualTo(stateBefore);
        assertThat(ok("snapshot", "list").out()).isEqualTo(snapshotsBefore);
    }

    @Test
    void aRealRestoreBacksUpThePresentAndConvergesTheLocalCloud() {
        ok("snapshot", "create");
        changeTheConfiguration();
        ok("apply", "--auto-approve");

        CliHarness.Result r = ok("snapshot", "restore", "snap-0002", "--auto-approve");

        assertThat(r.err()).contains("Snapshot snap-0004 taken (pre_restore)", "The configuration files were not changed");
        assertThat(r.out()).contains("Restore complete! Resources: 1 added, 1 changed, 1 destroyed.");
        String cloud = ok("local", "list").out();
        assertThat(cloud).contains("cluster.quickstart.pool.apps", "2 x local.small").doesNotContain("pool.batch");
        assertThat(ok("state", "show", "cluster.quickstart.pool.system").out()).contains("desired_size = 2");
        assertThat(ok("snapshot", "restore", "snap-0002", "--dry-run").out()).contains("Changes: 0 to add, 0 to modify, 0 to remove.");
        assertThat(cli.run("history").out()).contains("snapshot_restored");
        cli.write("quickstart.hcl", quickstart);
        assertThat(cli.run("drift", "detect").code()).isZero();
    }

    @Test
    void restoringAcrossAnUpgradeIsRefusedAndExplained() {
        ok("snapshot", "create");
        cli.write("quickstart.hcl", quickstart.replace("version = \"1.30\"", "version = \"1.31\""));
        CliHarness.Result upgrade = ok("apply", "--auto-approve");
        assertThat(upgrade.err()).contains("Snapshot snap-0003 taken (pre_upgrade).");

        CliHarness.Result r = cli.run("snapshot", "restore", "snap-0002", "--auto-approve");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: snapshot snap-0002 cannot be restored: cluster.quickstart.control_plane"
                + " runs Kubernetes 1.31 and the snapshot has 1.30: a control plane cannot be downgraded.");
        assertThat(ok("local", "list").out()).contains("v1.31");
        assertThat(ok("snapshot", "list").out()).doesNotContain("pre_restore");
    }

    @Test
    void pruneByCount() {
        ok("snapshot", "create");
        ok("snapshot", "create");

        CliHarness.Result r = ok("snapshot", "prune", "--max-count", "1");

        assertThat(r.out()).isEqualTo("Deleted snap-0001 (pre_apply, 2026-11-23T10:00:00Z)\n"
                + "Deleted snap-0002 (manual, 2026-11-23T10:00:00Z)\n");
        assertThat(r.err()).isEqualTo("2 snapshot(s) deleted, 1 kept.\n");
        assertThat(ok("snapshot", "list").out()).contains("snap-0003").doesNotContain("snap-0001");
    }

    @Test
    void pruneByAge() {
        cli.clock = java.time.Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC);
        ok("snapshot", "create");
        cli.clock = java.time.Clock.fixed(Instant.parse("2026-12-31T10:00:00Z"), ZoneOffset.UTC);

        CliHarness.Result r = ok("snapshot", "prune", "--max-age", "30d");

        assertThat(r.out()).isEqualTo("Deleted snap-0001 (pre_apply, 2026-11-23T10:00:00Z)\n");
        assertThat(ok("snapshot", "list").out()).contains("snap-0002");
        assertThat(cli.run("snapshot", "prune").err()).isEqualTo("Error: say what to prune: --max-count N, --max-age DURATION or both\n");
    }

    @Test
    void thePolicyChoosesTheTriggersAndRetentionSparesManualSnapshots() {
        ok("snapshot", "create", "--description", "mine");
        cli.write(".provctl/snapshots/policy", "automatic = pre_delete\nmax_count = 1\n");
        cli.write("quickstart.hcl", quickstart.replace("desired_size  = 2", "desired_size  = 3"));

        CliHarness.Result apply = ok("apply", "--auto-approve");
        CliHarness.Result destroy = ok("destroy", "--auto-approve");

        assertThat(apply.err()).doesNotContain("Snapshot");
        assertThat(destroy.err()).contains("Snapshot snap-0003 taken (pre_delete).", "Snapshot snap-0001 deleted by the retention policy.");
        assertThat(ok("snapshot", "list").out()).contains("snap-0002", "mine", "snap-0003").doesNotContain("snap-0001");
    }

    @Test
    void scheduledSnapshotsFollowTheRetentionPolicyAndOtherTriggersAreProvctls() {
        cli.write(".provctl/snapshots/policy", "max_count = 1\n");

        CliHarness.Result first = ok("snapshot", "create", "--trigger", "scheduled");
        CliHarness.Result second = ok("snapshot", "create", "--trigger", "scheduled");
        CliHarness.Result refused = cli.run("snapshot", "create", "--trigger", "pre_apply");

        assertThat(first.err()).isEqualTo("Snapshot snap-0001 deleted by the retention policy.\n");
        assertThat(second.err()).isEqualTo("Snapshot snap-0002 deleted by the retention policy.\n");
        assertThat(ok("snapshot", "list").out()).contains("snap-0003   2026-11-23T10:00:00Z   scheduled")
                .doesNotContain("snap-0002");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Error: --trigger takes manual or scheduled; pre_apply snapshots are taken by provctl itself\n");
    }

    @Test
    void aStaleSavedPlanIsRefusedBeforeAnySnapshotIsTaken() {
        changeTheConfiguration();
        ok("plan", "-out", "tfplan", "quickstart.hcl");
        ok("apply", "--auto-approve", "quickstart.hcl");
        String before = ok("snapshot", "list").out();

        CliHarness.Result stale = cli.run("apply", "tfplan");

        assertThat(stale.code()).isEqualTo(1);
        assertThat(stale.err()).contains("the saved plan is stale").doesNotContain("Snapshot");
        assertThat(ok("snapshot", "list").out()).isEqualTo(before);
    }

    @Test
    void aBadPolicyFileIsAnErrorNamingTheLine() {
        cli.write(".provctl/snapshots/policy", "max_count = many\n");
        cli.write("quickstart.hcl", quickstart.replace("desired_size  = 2", "desired_size  = 3"));

        CliHarness.Result r = cli.run("apply", "--auto-approve");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Error: .provctl/snapshots/policy: snapshot policy line 1: max_count must be");
    }

    @Test
    void unknownSnapshotsAreClearErrors() {
        CliHarness.Result r = cli.run("snapshot", "show", "snap-0042");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: no snapshot snap-0042; `provctl snapshot list` shows them\n");
    }
}
