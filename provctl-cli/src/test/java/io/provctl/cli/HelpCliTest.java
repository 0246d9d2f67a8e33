package io.provctl.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HelpCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "validate|Checks a configuration without calling any cloud.",
            "plan|Shows what apply would change, and changes nothing.",
            "apply|Makes the infrastructure match the configuration.",
            "destroy|Destroys what the state records, dependents first.",
            "show|Shows the recorded state or a saved plan.",
            "state list|Lists the address of every resource",
            "state show|Shows one resource of the state",
            "history|Shows the audit history of the state.",
            "force-unlock|Removes a state lock left by a process that died.",
            "local scale|Sets a node pool's node count",
            "local delete|Deletes a resource from the local cloud",
            "local tag|Sets one tag on a resource.",
            "local set-version|Sets the Kubernetes version of a control plane",
            "local list|Lists every resource of the local cloud",
            "local set|Sets one attribute of a resource",
            "cost estimate|Estimates the hourly and monthly cost of a configuration.",
            "cost diff|Compares the cost of two configurations",
            "cost history|Shows the monthly cost recorded after every apply",
            "cost forecast|Projects the monthly cost forward",
            "cost optimize|Lists ways to save",
            "drift detect|Reports drift: type, severity and whether remediate can undo it.",
            "drift remediate|Undoes remediable drift with an ordinary plan",
            "drift watch|Detects drift every --interval until stopped",
            "snapshot create|Takes a snapshot of the configuration and the recorded state now.",
            "snapshot list|Lists the snapshots, oldest first",
            "snapshot show|Shows one snapshot",
            "snapshot verify|Checks a snapshot's SHA-256 checksum",
            "snapshot restore|Brings the infrastructure back to a snapshot.",
            "snapshot prune|Deletes snapshots beyond the newest --max-count",
            "sim run|Replays a workload trace against a policy"})
    void everyCommandExplainsItself(String command, String expected) {
        String[] args = (command + " --help").split(" ");

        CliHarness.Result result = new CliHarness(dir).run(args);

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Usage: provctl " + command + " ").contains(expected).contains("--chdir=DIR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "state|Reads the recorded state.",
            "local|Changes the simulated local cloud behind provctl's back.",
            "cost|Shows what clusters cost before and after they exist",
            "drift|Finds and fixes changes made to the infrastructure outside provctl.",
            "snapshot|Takes, lists, verifies, restores and prunes snapshots.",
            "sim|Replays workload traces against autoscaling policies",
            "operator|Runs the provctl Kubernetes operator, or prints its CRDs.",
            "rightsize|Recommends container requests and replicas from measured usage.",
            "autoscale|Shows the node autoscaler's decisions"})
    void groupsListTheirCommands(String command, String expected) {
        CliHarness.Result result = new CliHarness(dir).run(command);

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains(expected).contains("Commands:");
    }

    @ParameterizedTest
    @CsvSource({"--help", "--version"})
    void theRootCommandAnswers(String flag) {
        CliHarness.Result result = new CliHarness(dir).run(flag);

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("provctl");
    }

    @org.junit.jupiter.api.Test
    void testOnlyOptionsStayHidden() {
        assertThat(new CliHarness(dir).run("drift", "watch", "--help").out()).doesNotContain("--max-passes");
    }

    @org.junit.jupiter.api.Test
    void anUnknownCommandIsAUsageError() {
        CliHarness.Result result = new CliHarness(dir).run("plna");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Unmatched argument at index 0: 'plna'").contains("Did you mean: provctl plan");
    }
}
