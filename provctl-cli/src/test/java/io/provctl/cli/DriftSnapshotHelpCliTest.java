package io.provctl.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DriftSnapshotHelpCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "drift detect|Reports drift: type, severity and whether remediate can undo it.",
            "drift remediate|Undoes remediable drift with an ordinary plan",
            "drift watch|Detects drift every --interval until stopped",
            "snapshot create|Takes a snapshot of the configuration and the recorded state now.",
            "snapshot list|Lists the snapshots, oldest first",
            "snapshot show|Shows one snapshot",
            "snapshot verify|Checks a snapshot's SHA-256 checksum",
            "snapshot restore|Brings the infrastructure back to a snapshot.",
            "snapshot prune|Deletes snapshots beyond the newest --max-count"})
    void everyCommandExplainsItself(String command, String expected) {
        CliHarness.Result result = new CliHarness(dir).run((command + " --help").split(" "));

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Usage: provctl " + command + " ").contains(expected).contains("--chdir=DIR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "drift|Finds and fixes changes made to the infrastructure outside provctl.",
            "snapshot|Takes, lists, verifies, restores and prunes snapshots."})
    void groupsListTheirCommands(String command, String expected) {
        CliHarness.Result result = new CliHarness(dir).run(command);

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains(expected).contains("Commands:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"drift watch --help|--max-passes"})
    void testOnlyOptionsStayHidden(String command, String hidden) {
        assertThat(new CliHarness(dir).run(command.split(" ")).out()).doesNotContain(hidden);
    }
}
