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
        assertThat(r.out().split("(?m)^---$")).hasSize(5);
        assertThat(r.out()).contains("name: \"nodegroups.autoscaling.provctl.io\"",
                "name: \"managednodes.autoscaling.provctl.io\"", "name: \"autoscalerconfigs.autoscaling.provctl.io\"",
                "name: \"costoptimizations.optimization.provctl.io\"");
    }

    @Test
    void aWebhookWithoutAKeystoreIsRefused() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--webhook-addr", ":9443");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("--webhook-addr needs --webhook-keystore");
    }

    @Test
    void runDocumentsItsFlags() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--help");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("--kubeconfig", "--metrics-addr", "--health-addr", "--[no-]leader-election",
                "--sync-period", "--provider", "--log-format", "--log-level", "--prometheus-url", "--webhook-addr",
                "--webhook-keystore");
    }
}
