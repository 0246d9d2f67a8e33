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
            "validate|Checks a configuration without calling any cloud",
            "plan|--detailed-exitcode",
            "apply|--auto-approve",
            "destroy|dependents first",
            "show|saved plan FILE",
            "state list|address of every resource",
            "state show|all its attributes",
            "history|audit history",
            "force-unlock|LOCK_ID",
            "local|clicking in a cloud console",
            "local scale|node count",
            "local delete|without telling",
            "local tag|KEY=VALUE",
            "local set-version|Kubernetes version",
            "local list|ID, address"})
    void everyCommandExplainsItself(String command, String expected) {
        String[] args = (command + " --help").split(" ");

        CliHarness.Result result = new CliHarness(dir).run(args);

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage: provctl " + command).contains(expected).contains("--chdir");
    }

    @ParameterizedTest
    @CsvSource({"--help", "--version"})
    void theRootCommandAnswers(String flag) {
        CliHarness.Result result = new CliHarness(dir).run(flag);

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("provctl");
    }

    @org.junit.jupiter.api.Test
    void anUnknownCommandIsAUsageError() {
        CliHarness.Result result = new CliHarness(dir).run("plna");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Unmatched argument at index 0: 'plna'").contains("Did you mean: provctl plan");
    }
}
