package io.provctl.rightsizing;

import io.provctl.cost.pricing.PriceSources;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.apply.ApplyDecision;
import io.provctl.rightsizing.render.RecommendationJson;
import io.provctl.rightsizing.schedule.HourRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.provctl.rightsizing.Resources.GIB;
import static io.provctl.rightsizing.Usages.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduledScalingTest {

    private static final ResourcePrices M5_LARGE = ResourcePrices.fromNode(PriceSources.embedded(), "aws",
            "us-east-1", "m5.large", ResourcePrices.DEFAULT_CPU_SHARE).orElseThrow();
    private static final OptimizationPolicy POLICY = OptimizationPolicy.defaults(OptimizationType.SCHEDULED_SCALING);
    private static final WorkloadSpec WEB = WorkloadSpec.of(Usages.WEB, 4, ContainerSpec.of("app", 500, GIB));

    private final Recommender recommender = Recommender.withVpaDefaults();

    /** Two pods, 800 m each from 08:00 to 20:00 UTC and 100 m otherwise, for the last 7 days. */
    private static Usages diurnal() {
        Usages u = Usages.create();
        for (String pod : List.of("web-1", "web-2")) {
            u.series(pod, "app", NOW.minus(Duration.ofDays(7)), NOW, Duration.ofMinutes(5),
                    t -> {
                        int h = t.atZone(ZoneOffset.UTC).getHour();
                        return h >= 8 && h < 20 ? 800.0 : 100.0;
                    }, t -> GIB / 2);
        }
        return u;
    }

    @Test
    void aDailyPatternGivesAScheduleThatSavesButIsNeverApplied() {
        Analysis a = recommender.analyze(WEB, diurnal().build(), POLICY, M5_LARGE, NOW);

        assertThat(a).isInstanceOfSatisfying(Recommendation.class, r -> {
            assertThat(r.schedule()).hasValueSatisfying(s -> assertThat(s.ranges()).containsExactly(
                    new HourRange(0, 8, 1), new HourRange(8, 20, 4), new HourRange(20, 24, 1)));
            assertThat(r.containers()).allSatisfy(c -> assertThat(c.changes()).isFalse());
            // 4 replicas around the clock against 12 h x 4 + 12 h x 1: 2.5 on average
            assertThat(r.optimizedMonthlyCost()).isEqualByComparingTo(
                    r.currentMonthlyCost().multiply(new BigDecimal("2.5")).divide(new BigDecimal(4)));
            assertThat(r.monthlySavings()).isPositive();
            assertThat(r.riskLevel()).isEqualTo(RiskLevel.CRITICAL);
            @SuppressWarnings("unchecked")
            Map<String, Object> schedule = (Map<String, Object>) RecommendationJson.toMap(r).get("schedule");
            assertThat(schedule).containsKeys("ranges", "hourlyMeanCpu", "peakToTroughFactor");
        });
        OptimizationPolicy autoApply = POLICY.withAutoApply(true).withDryRun(false);
        assertThat(ApplyDecision.decide(a, WEB, autoApply)).isInstanceOf(ApplyDecision.ShowOnly.class);
    }

    @Test
    void aFlatLoadIsNotApplicableWithTheReason() {
        Analysis a = recommender.analyze(WEB, Usages.create().constant("web-1", "app", Duration.ofDays(7), 300, GIB)
                .build(), POLICY, M5_LARGE, NOW);

        assertThat(a).isInstanceOfSatisfying(NotApplicable.class, n -> assertThat(n.reason())
                .startsWith("no daily usage pattern: the busiest hour's mean CPU is 1.00 times"));
    }

    @Test
    void anHpaOrADaemonSetOwnsNoSchedule() {
        assertThat(recommender.analyze(WEB.withHpa(true), diurnal().build(), POLICY, M5_LARGE, NOW))
                .isInstanceOf(NotApplicable.class);
        WorkloadSpec agent = WorkloadSpec.of(new WorkloadRef("shop", WorkloadKind.DAEMON_SET, "web"), 4,
                ContainerSpec.of("app", 500, GIB));
        assertThat(recommender.analyze(agent, diurnal().build(), POLICY, M5_LARGE, NOW))
                .isInstanceOf(NotApplicable.class);
    }
}
