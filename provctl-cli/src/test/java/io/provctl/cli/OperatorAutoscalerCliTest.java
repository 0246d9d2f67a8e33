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

    @Test
    void theClusterCeilingsAreDocumentedAndANegativeOneIsRefusedBeforeConnecting() {
        CliHarness harness = new CliHarness(dir);
        assertThat(harness.run("operator", "run", "--help").out()).contains("--max-nodes=N", "--max-cost=USD");

        CliHarness.Result nodes = harness.run("operator", "run", "--max-nodes", "-1");
        CliHarness.Result cost = harness.run("operator", "run", "--max-cost", "-0.5");

        assertThat(nodes.code()).as(nodes.toString()).isNotZero();
        assertThat(nodes.err()).contains("--max-nodes must be 0 or more, not -1");
        assertThat(cost.code()).as(cost.toString()).isNotZero();
        assertThat(cost.err()).contains("--max-cost must be 0 or more, not -0.5");
    }
}
