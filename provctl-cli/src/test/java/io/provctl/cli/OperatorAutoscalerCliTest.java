package io.provctl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorAutoscalerCliTest {

    @TempDir
    Path dir;

    @Test
    void runDocumentsTheAutoscalerFlags() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--help");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("--[no-]autoscaler", "--expander", "least-waste",
                "--priority-configmap=[NS/]NAME", "provctl-autoscaler-priority-expander");
    }

    @Test
    void anUnknownExpanderIsRefusedBeforeConnecting() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--expander", "cheapest");

        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).contains("unknown expander \"cheapest\"");
    }

    @Test
    void aMalformedPriorityConfigMapNameIsRefusedBeforeConnecting() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--expander", "priority",
                "--priority-configmap", "a/b/c");

        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).contains("--priority-configmap: ConfigMap \"a/b/c\": expected NAME or NAMESPACE/NAME");
    }

    @Test
    void priorityFlagsAreForTheOfflineCommandsOnly() {
        CliHarness.Result r = new CliHarness(dir).run("operator", "run", "--expander", "priority", "--priority", "10=a");

        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).contains("Unknown options: '--priority'");
    }
}
