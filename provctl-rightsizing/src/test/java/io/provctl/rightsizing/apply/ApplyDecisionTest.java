package io.provctl.rightsizing.apply;

import io.provctl.cost.pricing.PriceSources;
import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import io.provctl.metrics.UsageQuery;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.OptimizationType;
import io.provctl.rightsizing.Recommender;
import io.provctl.rightsizing.ResourcePrices;
import io.provctl.rightsizing.RiskLevel;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.policy.Gate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.provctl.rightsizing.Resources.GIB;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole pure path the operator runs: usage -> recommendation -> gates -> patch. */
class ApplyDecisionTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ResourcePrices PRICES = ResourcePrices.fromNode(PriceSources.embedded(), "aws", "us-east-1",
            "m5.large", ResourcePrices.DEFAULT_CPU_SHARE).orElseThrow();
    /** 1000 m requested; at 700 m used the target is about 860 m, a MEDIUM reduction of about 14 %. */
    private static final WorkloadSpec SPEC = WorkloadSpec.of(WEB, 2, ContainerSpec.of("app", 1000, GIB));

    private static WorkloadUsage week(double cpuMillis) {
        List<CpuSample> cpu = new ArrayList<>();
        List<MemorySample> mem = new ArrayList<>();
        ContainerId id = new ContainerId("web-1-a", "app");
        for (Instant t = NOW.minus(Duration.ofDays(7)); t.isBefore(NOW); t = t.plus(Duration.ofMinutes(1))) {
            cpu.add(new CpuSample(t, id, cpuMillis));
            mem.add(new MemorySample(t, id, 900L * 1024 * 1024));
        }
        return new WorkloadUsage(new UsageQuery(WEB, NOW.minus(Duration.ofDays(7)), NOW, Duration.ofMinutes(1)), cpu,
                mem, List.of());
    }

    private static ApplyDecision decide(WorkloadUsage usage, OptimizationPolicy p) {
        return ApplyDecision.decide(Recommender.withVpaDefaults().analyze(SPEC, usage, p, PRICES, NOW), SPEC, p);
    }

    @Test
    void aSmallConfidentReductionIsAppliedWithItsOriginalKept() {
        OptimizationPolicy p = OptimizationPolicy.defaults(OptimizationType.CPU).automatic();
        ApplyDecision d = decide(week(700), p);
        assertThat(d).isInstanceOfSatisfying(ApplyDecision.Apply.class, a -> {
            assertThat(a.recommendation().riskLevel()).isEqualTo(RiskLevel.MEDIUM);
            assertThat(a.patch().containers()).singleElement().satisfies(c -> {
                assertThat(c.before()).isEqualTo(SPEC.containers().get(0));
                assertThat(c.after().requests().cpuMillicores()).isLessThan(1000);
            });
        });
    }

    @Test
    void theDefaultPolicyOnlyShows() {
        ApplyDecision d = decide(week(700), OptimizationPolicy.defaults(OptimizationType.CPU));
        assertThat(d).isInstanceOfSatisfying(ApplyDecision.ShowOnly.class,
                s -> assertThat(s.refusal().refusedBy(Gate.DRY_RUN)).isTrue());
    }

    @Test
    void noUsageIsNoRecommendation() {
        WorkloadUsage none = WorkloadUsage.empty(new UsageQuery(WEB, NOW.minus(Duration.ofDays(7)), NOW,
                Duration.ofMinutes(1)));
        assertThat(decide(none, OptimizationPolicy.defaults(OptimizationType.CPU).automatic()))
                .isInstanceOf(ApplyDecision.NoRecommendation.class);
    }
}
