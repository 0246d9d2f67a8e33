package io.provctl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorCliTest {

    @TempDir
    Path dir;

    @Test
    void crdsPrintsEveryGeneratedDefinition() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "crds");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().split("(?m)^---$")).hasSize(4);
        assertThat(r.out()).contains("name: \"nodegroups.autoscaling.provctl.io\"",
                "name: \"managednodes.autoscaling.provctl.io\"", "name: \"autoscalerconfigs.autoscaling.provctl.io\"");
    }

    @Test
    void runDocumentsItsFlags() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--help");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("--kubeconfig", "--metrics-addr", "--health-addr", "--[no-]leader-election",
                "--sync-period", "--provider", "--log-format", "--log-level");
    }
}
