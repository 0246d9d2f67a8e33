package io.provctl.rightsizing.csv;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.WorkloadUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageCsvTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void readsIsoAndEpochTimestampsCoresBytesAndOomFlags() {
        List<UsageRow> rows = UsageCsv.parse("u.csv", List.of(
                "timestamp,namespace,pod,container,cpu_cores,memory_bytes,oom",
                "2026-11-23T10:00:00Z,shop,web-1,app,0.25,1048576",
                "",
                "# a comment",
                T0.plusSeconds(60).getEpochSecond() + ",shop,web-1,app,0.5,2097152,1",
                "2026-11-23T11:02:00+01:00,shop,web-2,app,0,0,false"));

        assertThat(rows).containsExactly(
                new UsageRow(T0, "shop", new ContainerId("web-1", "app"), 250, 1_048_576, false),
                new UsageRow(T0.plusSeconds(60), "shop", new ContainerId("web-1", "app"), 500, 2_097_152, true),
                new UsageRow(T0.plusSeconds(120), "shop", new ContainerId("web-2", "app"), 0, 0, false));
    }

    @Test
    void aMalformedRowNamesItsLine() {
        assertBad("2026-11-23T10:00:00Z,shop,web-1,app,lots,1", "u.csv line 3: cpu_cores 'lots' is not a number");
        assertBad("yesterday,shop,web-1,app,1,1", "u.csv line 3: timestamp 'yesterday' is neither");
        assertBad("2026-11-23T10:00:00Z,shop,web-1,app,1,1.5", "u.csv line 3: memory_bytes '1.5' is not a whole");
        assertBad("2026-11-23T10:00:00Z,shop,web-1,app,-1,1", "u.csv line 3: cpu_cores must be a finite, non-negative");
        assertBad("2026-11-23T10:00:00Z,shop,web-1,app,1,-1", "u.csv line 3: memory_bytes must not be negative");
        assertBad("2026-11-23T10:00:00Z,shop,web-1,app,1,1,maybe", "u.csv line 3: oom 'maybe' must be");
        assertBad("2026-11-23T10:00:00Z,shop,web-1,app,1", "u.csv line 3: expected 6 or 7 fields");
        assertBad("2026-11-23T10:00:00Z,shop,,app,1,1", "u.csv line 3: pod is empty");
    }

    private static void assertBad(String line, String message) {
        assertThatThrownBy(() -> UsageCsv.parse("u.csv", List.of("timestamp,namespace,pod,container,cpu_cores,memory_bytes",
                "2026-11-23T09:59:00Z,shop,web-1,app,1,1", line)))
                .isInstanceOf(UsageCsvException.class).hasMessageStartingWith(message);
    }

    @Test
    void aFileWithoutRowsIsAnError() {
        assertThatThrownBy(() -> UsageCsv.parse("u.csv", List.of("timestamp,namespace,pod,container,cpu_cores,memory_bytes")))
                .isInstanceOf(UsageCsvException.class).hasMessageStartingWith("u.csv: no usage rows");
    }

    @Test
    void anUnreadableFileIsAnError() {
        assertThatThrownBy(() -> UsageCsv.read(dir.resolve("missing.csv")))
                .isInstanceOf(UsageCsvException.class).hasMessageContaining("cannot read");
    }

    @Test
    void readsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("u.csv"), "2026-11-23T10:00:00Z,shop,web-1,app,1,1\n");
        assertThat(UsageCsv.read(file)).hasSize(1);
    }

    @Test
    void groupsByNamespaceWithTheMedianGapAsStep() {
        List<UsageRow> rows = UsageCsv.parse("u.csv", List.of(
                "2026-11-23T10:00:00Z,shop,web-1,app,1,1",
                "2026-11-23T10:01:00Z,shop,web-1,app,1,1,1",
                "2026-11-23T10:02:00Z,shop,web-2,app,1,1",
                "2026-11-23T10:10:00Z,shop,web-1,app,1,1",
                "2026-11-23T10:00:00Z,ops,agent-1,agent,1,1"));

        SortedMap<String, WorkloadUsage> usage = UsageCsv.byNamespace(rows);

        assertThat(usage).containsOnlyKeys("ops", "shop");
        WorkloadUsage shop = usage.get("shop");
        assertThat(shop.query().step()).isEqualTo(Duration.ofMinutes(1));
        assertThat(shop.query().start()).isEqualTo(T0);
        assertThat(shop.query().end()).isEqualTo(T0.plus(Duration.ofMinutes(11)));
        assertThat(shop.cpu()).hasSize(4);
        assertThat(shop.oomKills()).singleElement().satisfies(o -> assertThat(o.at()).isEqualTo(T0.plusSeconds(60)));
        assertThat(usage.get("ops").query().step()).isEqualTo(UsageCsv.DEFAULT_STEP);
    }

    @Test
    void theMedianGapIgnoresAFewMissingScrapes() {
        TreeSet<Instant> times = new TreeSet<>(List.of(T0, T0.plusSeconds(30), T0.plusSeconds(60), T0.plusSeconds(600)));
        assertThat(UsageCsv.medianGap(times)).isEqualTo(Duration.ofSeconds(30));
    }
}
