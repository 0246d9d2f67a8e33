package io.provctl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sends SIGTERM to a real provctl process in the middle of an apply, as Ctrl-C or a CI timeout would. */
class InterruptCliTest {

    @TempDir
    Path dir;

    @Test
    void anInterruptedApplyFinishesRunningStepsRecordsThemAndReleasesTheLock() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "apply", "--auto-approve", "--parallelism", "1", "quickstart.hcl")
                .directory(dir.toFile());
        builder.environment().put("PROVCTL_LOCAL_LATENCY_MS", "700");
        Process process = builder.start();
        List<String> stderr = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLines(process, stderr));
        reader.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> stderr.stream().anyMatch(l -> l.contains("Creation complete")));
        process.toHandle().destroy();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(String.join("\n", stderr)).contains("Interrupt received");
        int recorded = cli.run("state", "list").out().lines().toList().size();
        assertThat(recorded).isBetween(1, 4);
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1 + recorded);
        assertThat(cli.run("history").out()).contains("apply_failed");

        CliHarness.Result again = cli.run("apply", "--auto-approve", "quickstart.hcl");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(cli.run("local", "list").out().lines().count()).isEqualTo(1 + 5);
    }

    private static void readLines(Process process, List<String> into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                into.add(line);
            }
        } catch (java.io.IOException e) {
            into.add("read failed: " + e);
        }
    }
}
