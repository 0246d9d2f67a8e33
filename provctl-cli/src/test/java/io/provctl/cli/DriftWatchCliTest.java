package io.provctl.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** drift watch with an injected clock: the sleeper moves time on, and changes the cloud between passes. */
class DriftWatchCliTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void applyQuickstart() {
        cli = new CliHarness(dir);
        cli.clock = clock;
        cli.example("quickstart.hcl");
        assertThat(cli.run("apply", "--auto-approve", "quickstart.hcl").code()).isZero();
    }

    /** Each wait moves the clock on; the first one also resizes a pool behind provctl's back. */
    private void driftDuringFirstWait() {
        cli.sleeper = d -> {
            sleeps.add(d);
            clock.now = clock.now.plus(d);
            if (sleeps.size() == 1) {
                assertThat(new CliHarness(dir).run("local", "scale", "cluster.quickstart.pool.system", "3").code()).isZero();
            }
        };
    }

    @Test
    void eachPassIsLoggedAtItsTimeAndDriftIsOnlyReportedWithoutAutoRemediate() {
        driftDuringFirstWait();

        CliHarness.Result r = cli.run("drift", "watch", "--interval", "5m", "--max-passes", "3");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(sleeps).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(r.err()).startsWith("Watching for drift every 5m. Ctrl-C stops.\n")
                .contains("[2026-11-23T10:00:00Z] pass 1: no drift\n")
                .contains("[2026-11-23T10:05:00Z] pass 2: 1 drift (1 medium), 1 remediable.\n"
                        + "    medium scale_change cluster.quickstart.pool.system desired_size\n")
                .contains("[2026-11-23T10:10:00Z] pass 3: 1 drift (1 medium), 1 remediable.\n");
        assertThat(cli.run("history").out().lines().filter(l -> l.contains("drift_detected")).count()).isEqualTo(3);
    }

    @Test
    void autoRemediateTakesASnapshotThenFixesTheDriftSoTheNextPassIsClean() {
        driftDuringFirstWait();

        CliHarness.Result r = cli.run("drift", "watch", "--interval", "30s", "--auto-remediate", "--max-passes", "3");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("[2026-11-23T10:00:30Z] pass 2: 1 drift (1 medium), 1 remediable.\n")
                .contains("[2026-11-23T10:00:30Z] pass 2: remediating: Plan: 0 to add, 1 to change, 0 to destroy.\n")
                .contains("Snapshot snap-0002 taken (drift_remediate).")
                .contains("[2026-11-23T10:00:30Z] pass 2: remediated\n")
                .contains("[2026-11-23T10:01:00Z] pass 3: no drift\n");
        assertThat(r.err().indexOf("snap-0002 taken")).isLessThan(r.err().indexOf("pass 2: remediated"));
        assertThat(cli.run("local", "list").out()).contains("2 x local.small");
    }

    @Test
    void aFailingPassIsLoggedAndTheWatchGoesOn() {
        cli.sleeper = d -> clock.now = clock.now.plus(d);
        cli.env.put("PROVCTL_LOCAL_FAILURE_RATE", "1");
        cli.env.put("PROVCTL_LOCAL_FAIL_OPS", "list");

        CliHarness.Result r = cli.run("drift", "watch", "--interval", "1m", "--max-passes", "2");

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("[2026-11-23T10:00:00Z] pass 1: error: ").contains("[2026-11-23T10:01:00Z] pass 2: error: ");
    }

    @Test
    void aZeroIntervalIsRefused() {
        CliHarness.Result r = cli.run("drift", "watch", "--interval", "0");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: --interval must be longer than 0\n");
    }

    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
