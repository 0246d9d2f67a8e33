package io.provctl.rightsizing.sampling;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.OomKill;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SampledUsageHistoryTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    private static final WorkloadRef API = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "api");
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final ContainerId APP = new ContainerId("web-1-a", "app");

    private static PodUsageSample at(int minute, ContainerId c) {
        return new PodUsageSample(T0.plus(Duration.ofMinutes(minute)), c, 100 + minute, 1000L + minute);
    }

    private static UsageQuery all(WorkloadRef w) {
        return new UsageQuery(w, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(60)), Duration.ofMinutes(1));
    }

    @Test
    void servesTheReadingsOfTheAskedWindowThroughThePort() {
        SampledUsageHistory h = SampledUsageHistory.standard();
        for (int m = 0; m < 10; m++) {
            h.record(WEB, at(m, APP));
        }
        h.record(API, at(0, new ContainerId("api-1-a", "app")));
        h.recordOomKill(WEB, new OomKill(T0.plus(Duration.ofMinutes(5)), APP));

        WorkloadUsage u = h.usage(new UsageQuery(WEB, T0.plus(Duration.ofMinutes(3)), T0.plus(Duration.ofMinutes(6)),
                Duration.ofMinutes(1)));
        assertThat(u.cpu()).extracting(s -> s.millicores()).containsExactly(103.0, 104.0, 105.0, 106.0);
        assertThat(u.memory()).extracting(s -> s.bytes()).containsExactly(1003L, 1004L, 1005L, 1006L);
        assertThat(u.oomKills()).hasSize(1);
        assertThat(h.usage(all(API)).cpu()).hasSize(1);
    }

    @Test
    void theSameReadingPolledTwiceCountsOnce() {
        SampledUsageHistory h = SampledUsageHistory.standard();
        h.record(WEB, at(1, APP));
        h.record(WEB, at(1, APP));
        h.record(WEB, at(0, APP));
        h.record(WEB, at(2, APP));

        assertThat(h.size(WEB)).isEqualTo(2);
        assertThat(h.usage(all(WEB)).cpu()).extracting(c -> c.millicores()).containsExactly(101.0, 102.0);
    }

    @Test
    void theSameOomKillSeenTwiceCountsOnce() {
        SampledUsageHistory h = SampledUsageHistory.standard();
        OomKill kill = new OomKill(T0, APP);
        h.recordOomKill(WEB, kill);
        h.recordOomKill(WEB, kill);
        h.recordOomKill(WEB, new OomKill(T0.plus(Duration.ofMinutes(5)), APP));

        assertThat(h.usage(all(WEB)).oomKills()).hasSize(2);
    }

    @Test
    void keepsAtMostTheConfiguredReadingsPerContainer() {
        SampledUsageHistory h = new SampledUsageHistory(Duration.ofDays(30), 5);
        for (int m = 0; m < 12; m++) {
            h.record(WEB, at(m, APP));
        }
        assertThat(h.size(WEB)).isEqualTo(5);
        assertThat(h.usage(all(WEB)).cpu()).extracting(s -> s.millicores()).containsExactly(107.0, 108.0, 109.0,
                110.0, 111.0);
    }

    @Test
    void dropsReadingsOlderThanTheRetentionAndPodsThatAreGone() {
        SampledUsageHistory h = new SampledUsageHistory(Duration.ofHours(1), 1000);
        ContainerId gone = new ContainerId("web-1-old", "app");
        h.record(WEB, at(0, gone));
        h.record(WEB, at(30, APP));
        h.record(WEB, at(90, APP));
        assertThat(h.size(WEB)).isEqualTo(2);
        assertThat(h.usage(all(WEB)).cpu()).extracting(s -> s.container()).containsOnly(APP);
    }
}
