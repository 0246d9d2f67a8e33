package io.provctl.rightsizing.schedule;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaSchedulerTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
    private static final ReplicaScheduler SCHEDULER = new ReplicaScheduler(0.15);

    /** Two pods sampled every 5 minutes for {@code days} days, each using {@code perPod(t)} millicores. */
    private static WorkloadUsage twoPods(int days, Function<Instant, Double> perPod) {
        List<CpuSample> cpu = new ArrayList<>();
        Instant end = START.plus(Duration.ofDays(days));
        for (Instant t = START; t.isBefore(end); t = t.plus(Duration.ofMinutes(5))) {
            cpu.add(new CpuSample(t, new ContainerId("web-1", "app"), perPod.apply(t)));
            cpu.add(new CpuSample(t, new ContainerId("web-2", "app"), perPod.apply(t)));
        }
        return new WorkloadUsage(new UsageQuery(WEB, START, end, Duration.ofMinutes(5)), cpu, List.of(), List.of());
    }

    /** 800 m per pod from 08:00 to 20:00 UTC, 100 m otherwise. */
    private static double diurnal(Instant t) {
        int hour = t.atZone(ZoneOffset.UTC).getHour();
        return hour >= 8 && hour < 20 ? 800 : 100;
    }

    @Test
    void aDiurnalLoadGivesReplicasPerHourRange() {
        ScheduleOutcome outcome = SCHEDULER.schedule(twoPods(3, ReplicaSchedulerTest::diurnal), 500);

        // day: 1600 m x 1.15 / 500 m = 3.68 -> 4; night: 200 m x 1.15 / 500 m -> 1
        assertThat(outcome).isInstanceOfSatisfying(ReplicaSchedule.class, s -> {
            assertThat(s.ranges()).containsExactly(new HourRange(0, 8, 1), new HourRange(8, 20, 4),
                    new HourRange(20, 24, 1));
            assertThat(s.peakToTroughFactor()).isEqualTo(8.0);
            assertThat(s.hourlyMeanMillis()).hasSize(24).startsWith(200.0).contains(1600.0, 1600.0);
            assertThat(s.minReplicas()).isEqualTo(1);
            assertThat(s.maxReplicas()).isEqualTo(4);
            assertThat(s.peakHour()).as("the earliest of the equally busy hours").isEqualTo(8);
            assertThat(s.troughHour()).isZero();
        });
    }

    @Test
    void peakAndTroughAreTheBusiestAndQuietestHours() {
        List<Double> means = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            means.add(h == 14 ? 900.0 : h == 3 ? 50.0 : 300.0);
        }
        ReplicaSchedule s = new ReplicaSchedule(List.of(new HourRange(0, 24, 2)), means, 18.0, 3.0);

        assertThat(s.peakHour()).isEqualTo(14);
        assertThat(s.troughHour()).isEqualTo(3);
    }

    @Test
    void aFlatLoadHasNoDailyPattern() {
        ScheduleOutcome outcome = SCHEDULER.schedule(twoPods(3, t -> 300.0), 500);

        assertThat(outcome).isInstanceOfSatisfying(NoDailyPattern.class, n -> assertThat(n.reason())
                .isEqualTo("the busiest hour's mean CPU is 1.00 times the quietest hour's, below the 2.0 a daily "
                        + "pattern needs"));
    }

    @Test
    void aSwingBelowTheFactorIsNoPattern() {
        ScheduleOutcome outcome = SCHEDULER.schedule(twoPods(3, t -> diurnal(t) > 100 ? 190.0 : 100.0), 500);
        assertThat(outcome).isInstanceOf(NoDailyPattern.class);
    }

    @Test
    void oneDayIsNotEnoughToSeeADailyPattern() {
        ScheduleOutcome outcome = SCHEDULER.schedule(twoPods(1, ReplicaSchedulerTest::diurnal), 500);

        assertThat(outcome).isInstanceOfSatisfying(NoDailyPattern.class, n -> assertThat(n.reason())
                .isEqualTo("a daily pattern needs at least 2 days of samples, there are 1.0"));
    }

    @Test
    void anHourWithoutSamplesIsAGapNotATrough() {
        WorkloadUsage full = twoPods(3, ReplicaSchedulerTest::diurnal);
        WorkloadUsage gap = new WorkloadUsage(full.query(),
                full.cpu().stream().filter(s -> s.at().atZone(ZoneOffset.UTC).getHour() != 3).toList(),
                List.of(), List.of());

        assertThat(SCHEDULER.schedule(gap, 500)).isEqualTo(new NoDailyPattern("no samples between 03:00 and 04:00 UTC"));
    }

    @Test
    void anIdleNightCountsAsOneMillicore() {
        ScheduleOutcome outcome = SCHEDULER.schedule(twoPods(3, t -> diurnal(t) > 100 ? 800.0 : 0.0), 500);

        assertThat(outcome).isInstanceOfSatisfying(ReplicaSchedule.class,
                s -> assertThat(s.peakToTroughFactor()).isEqualTo(1600.0));
    }

    @Test
    void podsWithoutACpuRequestGetNoSchedule() {
        assertThat(SCHEDULER.schedule(twoPods(3, ReplicaSchedulerTest::diurnal), 0)).isInstanceOf(NoDailyPattern.class);
    }
}
