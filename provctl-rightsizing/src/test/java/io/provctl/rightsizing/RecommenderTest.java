package io.provctl.rightsizing;

import io.provctl.cost.pricing.PriceSources;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.histogram.ExponentialBuckets;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.provctl.rightsizing.Resources.GIB;
import static io.provctl.rightsizing.Resources.MIB;
import static io.provctl.rightsizing.Usages.NOW;
import static io.provctl.rightsizing.Usages.WEB;
import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final ExponentialBuckets CPU_BUCKETS = new ExponentialBuckets(10, 1.05, 1_000_000);
    private static final ExponentialBuckets MEM_BUCKETS = new ExponentialBuckets(1e7, 1.05, 1e12);
    private static final ResourcePrices M5_LARGE = ResourcePrices.fromNode(PriceSources.embedded(), "aws",
            "us-east-1", "m5.large", ResourcePrices.DEFAULT_CPU_SHARE).orElseThrow();

    private final Recommender recommender = Recommender.withVpaDefaults();

    private static OptimizationPolicy policy(OptimizationType type, int maxChange) {
        return OptimizationPolicy.defaults(type).withMaxChangePercent(maxChange);
    }

    private Recommendation recommend(WorkloadSpec w, Usages usage, OptimizationPolicy p) {
        return (Recommendation) recommender.analyze(w, usage.build(), p, M5_LARGE, NOW);
    }

    /** The target the VPA method gives a constant series: the end of its bucket plus 15 %. */
    private static long cpuTarget(double millis) {
        return (long) Math.ceil(CPU_BUCKETS.end(CPU_BUCKETS.index(millis)) * 1.15);
    }

    private static long memoryTarget(long bytes) {
        long raw = (long) Math.ceil(MEM_BUCKETS.end(MEM_BUCKETS.index(bytes)) * 1.15);
        return (raw + MIB - 1) / MIB * MIB;
    }

    @Test
    void constantUsageGivesThePercentilePlusTheSafetyMargin() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 2, ContainerSpec.of("app", 1000, GIB));
        Recommendation r = recommend(w, Usages.create().constant("web-1-a", "app", WEEK, 100, 400 * MIB),
                policy(OptimizationType.ALL, 100).withMetricsWindow(MetricsWindow.SEVEN_DAYS));

        ContainerChange c = r.containers().get(0);
        assertThat(c.estimate().target()).isEqualTo(Resources.of(cpuTarget(100), memoryTarget(400 * MIB)));
        assertThat(c.estimate().target().cpuMillicores()).isBetween(115L, (long) ((100 * 1.05 + 10) * 1.15) + 1);
        assertThat(c.after()).isEqualTo(c.estimate().target());
        assertThat(c.estimate().lowerBound().cpuMillicores()).isLessThanOrEqualTo(c.after().cpuMillicores());
        assertThat(c.estimate().upperBound().cpuMillicores()).isGreaterThan(c.after().cpuMillicores());
        assertThat(r.confidence()).isBetween(0.87, 0.88);
    }

    @Test
    void minimumsApplyPerContainerSharedOverThePod() {
        WorkloadSpec one = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 100, 300 * MIB));
        Recommendation r = recommend(one, Usages.create().constant("web-1-a", "app", WEEK, 1, MIB),
                policy(OptimizationType.ALL, 100));
        assertThat(r.containers().get(0).after()).isEqualTo(Resources.of(25, 250 * MIB));

        WorkloadSpec two = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 100, 300 * MIB),
                ContainerSpec.of("sidecar", 100, 300 * MIB));
        Recommendation r2 = recommend(two, Usages.create().constant("web-1-a", "app", WEEK, 1, MIB)
                .constant("web-1-a", "sidecar", WEEK, 1, MIB), policy(OptimizationType.ALL, 100));
        assertThat(r2.containers()).allSatisfy(c -> assertThat(c.after()).isEqualTo(Resources.of(13, 125 * MIB)));
    }

    @Test
    void anOomKillBumpsTheMemoryTarget() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 500, 256 * MIB));
        Usages calm = Usages.create().constant("web-1-a", "app", WEEK, 100, 200 * MIB);
        Usages killed = Usages.create().constant("web-1-a", "app", WEEK, 100, 200 * MIB)
                .oom("web-1-a", "app", NOW.minus(Duration.ofHours(1)));
        OptimizationPolicy p = policy(OptimizationType.MEMORY, 100);

        long calmTarget = recommend(w, calm, p).containers().get(0).after().memoryBytes();
        ContainerChange bumped = recommend(w, killed, p).containers().get(0);

        assertThat(calmTarget).isEqualTo(250 * MIB);
        // Used 256 Mi (the request, above the 200 Mi seen) -> bumped to max(256 x 1.2, 256 + 100) Mi.
        assertThat(bumped.after().memoryBytes()).isEqualTo(memoryTarget(356 * MIB)).isGreaterThan(409 * MIB);
        assertThat(bumped.estimate().oomKills()).isEqualTo(1);
    }

    @Test
    void confidenceGrowsWithHistoryAndNarrowsTheUpperBound() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 500, GIB));
        OptimizationPolicy p = policy(OptimizationType.ALL, 100).withMetricsWindow(MetricsWindow.THIRTY_DAYS);
        Recommendation day = recommend(w, Usages.create().constant("web-1-a", "app", Duration.ofDays(1), 100, 400 * MIB), p);
        Recommendation month = recommend(w, Usages.create().constant("web-1-a", "app", Duration.ofDays(30), 100, 400 * MIB), p);

        assertThat(day.confidence()).isBetween(0.49, 0.5);
        assertThat(month.confidence()).isGreaterThan(0.96);
        assertThat(month.containers().get(0).estimate().upperBound().cpuMillicores())
                .isLessThan(day.containers().get(0).estimate().upperBound().cpuMillicores());
    }

    @Test
    void maxChangePercentCapsEveryChange() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 2000, 4 * GIB));
        Usages u = Usages.create().constant("web-1-a", "app", WEEK, 100, 400 * MIB);

        ContainerChange capped = recommend(w, u, policy(OptimizationType.ALL, 50)).containers().get(0);
        assertThat(capped.after()).isEqualTo(Resources.of(1000, 2 * GIB));
        assertThat(capped.recommended()).isEqualTo(Resources.of(cpuTarget(100), memoryTarget(400 * MIB)));
        assertThat(capped.capped()).isTrue();

        ContainerChange free = recommend(w, u, policy(OptimizationType.ALL, 100)).containers().get(0);
        assertThat(free.after()).isEqualTo(free.recommended());
        assertThat(free.capped()).isFalse();
    }

    @Test
    void theTypeDecidesWhichRequestChanges() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 2000, 4 * GIB));
        Usages u = Usages.create().constant("web-1-a", "app", WEEK, 100, 400 * MIB);

        ContainerChange cpu = recommend(w, u, policy(OptimizationType.CPU, 100)).containers().get(0);
        ContainerChange mem = recommend(w, u, policy(OptimizationType.MEMORY, 100)).containers().get(0);

        assertThat(cpu.after()).isEqualTo(Resources.of(cpuTarget(100), 4 * GIB));
        assertThat(mem.after()).isEqualTo(Resources.of(2000, memoryTarget(400 * MIB)));
    }

    @Test
    void theMetricsWindowSelectsTheData() {
        Instant spikeStart = NOW.minus(Duration.ofHours(12));
        Instant spikeEnd = NOW.minus(Duration.ofHours(9));
        Usages u = Usages.create().series("web-1-a", "app", NOW.minus(Duration.ofHours(24)), NOW,
                Duration.ofMinutes(1), t -> !t.isBefore(spikeStart) && t.isBefore(spikeEnd) ? 1000.0 : 100.0,
                t -> 400 * MIB);
        WorkloadSpec w = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 2000, GIB));

        Recommendation hour = recommend(w, u, policy(OptimizationType.CPU, 100).withMetricsWindow(MetricsWindow.ONE_HOUR));
        Recommendation day = recommend(w, u, policy(OptimizationType.CPU, 100).withMetricsWindow(MetricsWindow.ONE_DAY));

        assertThat(hour.window()).isEqualTo(MetricsWindow.ONE_HOUR);
        assertThat(hour.containers().get(0).after().cpuMillicores()).isEqualTo(cpuTarget(100));
        assertThat(day.containers().get(0).after().cpuMillicores()).isEqualTo(cpuTarget(1000));
        assertThat(hour.confidence()).isLessThan(day.confidence());
    }

    @Test
    void samplesOutsideTheWindowAreIgnored() {
        Usages old = Usages.create().series("web-1-a", "app", NOW.minus(Duration.ofDays(20)),
                NOW.minus(Duration.ofDays(10)), Duration.ofMinutes(5), t -> 100.0, t -> 400 * MIB);
        Analysis a = recommender.analyze(WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 500, GIB)), old.build(),
                policy(OptimizationType.CPU, 50), M5_LARGE, NOW);
        assertThat(a).isInstanceOfSatisfying(NotApplicable.class,
                n -> assertThat(n.reason()).contains("no CPU and memory samples").contains("7d"));
    }

    @Test
    void replicasFollowTotalCpuAgainstThePodRequest() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 4, ContainerSpec.of("app", 500, GIB));
        Usages u = Usages.create();
        for (int i = 0; i < 4; i++) {
            u.constant("web-1-" + i, "app", WEEK, 100, 400 * MIB);
        }
        // 400 m in total -> about 480 m with the margin -> one pod of 500 m.
        Recommendation free = recommend(w, u, policy(OptimizationType.REPLICAS, 100));
        assertThat(free.replicas()).contains(new ReplicaChange(4, 1, 1));
        assertThat(free.containers()).allSatisfy(c -> assertThat(c.changes()).isFalse());

        Recommendation capped = recommend(w, u, policy(OptimizationType.REPLICAS, 50));
        assertThat(capped.replicas()).contains(new ReplicaChange(4, 2, 1));
    }

    @Test
    void replicasAreNotRecommendedWhereTheyAreNotASetting() {
        Usages u = Usages.create().constant("web-1-a", "app", WEEK, 100, 400 * MIB);
        WorkloadSpec hpa = WorkloadSpec.of(WEB, 3, ContainerSpec.of("app", 500, GIB)).withHpa(true);
        WorkloadSpec ds = WorkloadSpec.of(new WorkloadRef("shop", WorkloadKind.DAEMON_SET, "agent"), 3,
                ContainerSpec.of("app", 500, GIB));

        assertThat(recommender.analyze(hpa, u.build(), policy(OptimizationType.REPLICAS, 50), M5_LARGE, NOW))
                .isInstanceOfSatisfying(NotApplicable.class,
                        n -> assertThat(n.reason()).contains("HorizontalPodAutoscaler"));
        assertThat(recommender.analyze(ds, u.build(), policy(OptimizationType.REPLICAS, 50), M5_LARGE, NOW))
                .isInstanceOfSatisfying(NotApplicable.class, n -> assertThat(n.reason()).contains("DaemonSet"));

        Recommendation all = recommend(hpa, u, policy(OptimizationType.ALL, 50));
        assertThat(all.replicas()).isEmpty();
        assertThat(all.notes()).anySatisfy(n -> assertThat(n).contains("HorizontalPodAutoscaler"));
    }

    @Test
    void spotAndScheduledScalingSayWhyTheyAreNotRecommended() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 3, ContainerSpec.of("app", 500, GIB));
        for (OptimizationType t : new OptimizationType[] {OptimizationType.SPOT_INSTANCES,
                OptimizationType.SCHEDULED_SCALING}) {
            Analysis a = recommender.analyze(w, Usages.create().constant("web-1-a", "app", WEEK, 100, GIB).build(),
                    policy(t, 50), M5_LARGE, NOW);
            assertThat(a).isInstanceOfSatisfying(NotApplicable.class, n -> {
                assertThat(n.type()).isEqualTo(t);
                assertThat(n.reason()).isNotBlank();
            });
        }
    }

    @Test
    void costsArePricedFromTheCatalogNode() {
        assertThat(M5_LARGE.perVcpuHour()).isEqualByComparingTo("0.024");
        assertThat(M5_LARGE.perGibHour()).isEqualByComparingTo("0.006");
        assertThat(M5_LARGE.basis()).contains("aws/us-east-1/m5.large").contains("0.096");

        WorkloadSpec w = WorkloadSpec.of(WEB, 3, ContainerSpec.of("app", 1000, 2 * GIB));
        Recommendation r = recommend(w, Usages.create().constant("web-1-a", "app", WEEK, 100, GIB),
                policy(OptimizationType.CPU, 50));

        // (1 vCPU x 0.024 + 2 GiB x 0.006) x 3 replicas x 730 h, then 0.5 vCPU after the 50 % cap.
        assertThat(r.currentMonthlyCost()).isEqualByComparingTo(new BigDecimal("78.84"));
        assertThat(r.optimizedMonthlyCost()).isEqualByComparingTo(new BigDecimal("52.56"));
        assertThat(r.monthlySavings()).isEqualByComparingTo(new BigDecimal("26.28"));
    }

    @Test
    void unknownNodeTypeHasNoPrices() {
        assertThat(ResourcePrices.fromNode(PriceSources.embedded(), "aws", "us-east-1", "no.such",
                ResourcePrices.DEFAULT_CPU_SHARE)).isEmpty();
    }

    @Test
    void largeReductionsRateHigherThanSmallOnes() {
        WorkloadSpec big = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 2000, 4 * GIB));
        WorkloadSpec near = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", cpuTarget(100) + 5, GIB));
        Usages u = Usages.create().constant("web-1-a", "app", WEEK, 100, 400 * MIB);

        assertThat(recommend(big, u, policy(OptimizationType.CPU, 100)).riskLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(recommend(near, u, policy(OptimizationType.CPU, 100)).riskLevel()).isEqualTo(RiskLevel.LOW);
    }
}
