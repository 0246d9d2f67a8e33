package io.provctl.rightsizing.apply;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RollbackAdvisorTest {

    private final RollbackAdvisor advisor = RollbackAdvisor.standard();
    private static final Duration TWO_MIN = Duration.ofMinutes(2);

    @Test
    void healthyChangesAreWatchedThenStable() {
        assertThat(advisor.decide(PostApplySignals.healthyFor(TWO_MIN), true))
                .isEqualTo(new RollbackDecision.KeepWatching(Duration.ofMinutes(8)));
        assertThat(advisor.decide(PostApplySignals.healthyFor(Duration.ofMinutes(10)), true))
                .isInstanceOf(RollbackDecision.Stable.class);
    }

    @Test
    void oneOomKillRollsBack() {
        assertThat(advisor.decide(new PostApplySignals(TWO_MIN, 1, 0, 0, false), true))
                .isInstanceOfSatisfying(RollbackDecision.RollBack.class,
                        r -> assertThat(r.reasons()).containsExactly("1 OOM kill(s) after the change"));
    }

    @Test
    void restartsAndReadinessFailuresRollBackAtTheirThresholds() {
        assertThat(advisor.decide(new PostApplySignals(TWO_MIN, 0, 2, 2, false), true))
                .isInstanceOf(RollbackDecision.KeepWatching.class);
        assertThat(advisor.decide(new PostApplySignals(TWO_MIN, 0, 3, 0, false), true))
                .isInstanceOf(RollbackDecision.RollBack.class);
        assertThat(advisor.decide(new PostApplySignals(TWO_MIN, 0, 0, 3, false), true))
                .isInstanceOf(RollbackDecision.RollBack.class);
    }

    @Test
    void aStalledRolloutRollsBackEvenAfterTheWatchPeriod() {
        assertThat(advisor.decide(new PostApplySignals(Duration.ofHours(1), 0, 0, 0, true), true))
                .isInstanceOfSatisfying(RollbackDecision.RollBack.class,
                        r -> assertThat(r.reasons()).containsExactly("the rollout exceeded its progress deadline"));
    }

    @Test
    void withoutRollbackOnFailureTheFailureIsReportedAndTheChangeKept() {
        assertThat(advisor.decide(new PostApplySignals(TWO_MIN, 2, 5, 0, false), false))
                .isInstanceOfSatisfying(RollbackDecision.FailedKept.class, f -> assertThat(f.reasons()).hasSize(2));
    }
}
