package io.provctl.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true, https = false)
class OperatorCliTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    @Test
    void runStopsBeforeStartingWhenTheCredentialsSecretIsMissing() throws IOException {
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), String.join("\n",
                "apiVersion: v1", "kind: Config", "current-context: mock",
                "clusters: [{name: mock, cluster: {server: '" + client.getConfiguration().getMasterUrl() + "'}}]",
                "contexts: [{name: mock, context: {cluster: mock, user: mock}}]",
                "users: [{name: mock, user: {token: t}}]", ""));

        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--kubeconfig", kubeconfig.toString(),
                "--metrics-addr", "127.0.0.1:0", "--health-addr", "127.0.0.1:0", "--no-leader-election",
                "--credentials-secret", "absent", "--credentials-namespace", "ops");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("credentials Secret ops/absent not found");
    }

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
    void aSampleIntervalOfZeroIsRefused() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--metrics-sample-interval", "0");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("--metrics-sample-interval must be positive");
    }

    @Test
    void anInterruptionPollOfZeroIsRefused() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--interruption-poll", "0");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("--interruption-poll must be positive");
    }

    @Test
    void runDocumentsItsFlags() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--help");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("--kubeconfig", "--metrics-addr", "--health-addr", "--[no-]leader-election",
                "--sync-period", "--provider", "--log-format", "--log-level", "--prometheus-url", "--webhook-addr",
                "--webhook-keystore", "--credentials-secret=NAME", "--credentials-namespace=NS",
                "--metrics-sample-interval=DURATION", "--interruption-poll=DURATION", "asks the provider for spot");
    }
}
