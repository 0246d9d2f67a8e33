package io.provctl.cli;

import io.provctl.cloud.local.SimulatedCrash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrashRecoveryCliTest {

    @TempDir
    Path dir;

    @Test
    void anApplyKilledMidwayIsContinuedWithoutDuplicates() {
        CliHarness crashing = new CliHarness(dir);
        crashing.example("quickstart.hcl");
        crashing.env.put("PROVCTL_LOCAL_CRASH_AFTER", "3");

        assertThatThrownBy(() -> crashing.run("apply", "--auto-approve", "--parallelism", "1", "quickstart.hcl"))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(crashing.run("state", "list").out().lines()).hasSize(2);
        assertThat(crashing.run("local", "list").out().lines().count()).isEqualTo(1 + 3);

        CliHarness cli = new CliHarness(dir);
        CliHarness.Result plan = cli.run("plan", "quickstart.hcl");
        assertThat(plan.out()).contains("Warning: cluster.quickstart.control_plane: an earlier apply was interrupted during create");

        CliHarness.Result again = cli.run("apply", "--auto-approve", "quickstart.hcl");

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1 + 5);
        assertThat(cli.run("history", "--resource", "cluster.quickstart.control_plane").out()).contains("resource_adopted");
        assertThat(cli.run("plan", "--detailed-exitcode", "quickstart.hcl").code()).isZero();
    }

    @Test
    void injectedTransientFailuresAreRetriedToSuccess() {
        CliHarness cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        cli.env.put("PROVCTL_LOCAL_FAILURE_RATE", "0.3");
        cli.env.put("PROVCTL_LOCAL_SEED", "7");

        CliHarness.Result apply = cli.run("apply", "--auto-approve", "--parallelism", "1", "quickstart.hcl");

        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(apply.err()).contains("failed (").contains("retrying in");
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1 + 5);
    }
}
