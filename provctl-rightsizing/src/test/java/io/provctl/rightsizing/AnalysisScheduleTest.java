package io.provctl.rightsizing;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisScheduleTest {

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    @Test
    void theDefaultRunsEverySixHoursOnTheHour() {
        AnalysisSchedule s = AnalysisSchedule.standard();
        assertThat(s.nextAfter(t("2026-11-23T05:00:00Z"))).isEqualTo(t("2026-11-23T06:00:00Z"));
        assertThat(s.nextAfter(t("2026-11-23T06:00:00Z"))).isEqualTo(t("2026-11-23T12:00:00Z"));
        assertThat(s.nextAfter(t("2026-11-23T19:30:00Z"))).isEqualTo(t("2026-11-24T00:00:00Z"));
    }

    @Test
    void dueOnceASlotHasPassedSinceTheLastAnalysis() {
        AnalysisSchedule s = AnalysisSchedule.standard();
        Optional<Instant> last = Optional.of(t("2026-11-23T05:10:00Z"));
        assertThat(s.nextDue(last, t("2026-11-23T05:30:00Z"))).isEqualTo(t("2026-11-23T06:00:00Z"));
        assertThat(s.isDue(last, t("2026-11-23T05:59:59Z"))).isFalse();
        assertThat(s.isDue(last, t("2026-11-23T06:00:00Z"))).isTrue();
        assertThat(s.isDue(Optional.empty(), t("2026-11-23T05:30:00Z"))).isTrue();
    }

    @Test
    void weeklyAndMonthlyExpressionsFromTheExamples() {
        // 2026-11-23 is a Monday.
        assertThat(AnalysisSchedule.parse("0 0 * * 0").nextAfter(t("2026-11-23T12:00:00Z")))
                .isEqualTo(t("2026-11-29T00:00:00Z"));
        assertThat(AnalysisSchedule.parse("0 0 1 * *").nextAfter(t("2026-11-23T12:00:00Z")))
                .isEqualTo(t("2026-12-01T00:00:00Z"));
    }

    @Test
    void invalidExpressionsAreRefused() {
        assertThatThrownBy(() -> AnalysisSchedule.parse("every six hours"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid schedule 'every six hours'");
        assertThatThrownBy(() -> AnalysisSchedule.parse("0 */6 * *"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
