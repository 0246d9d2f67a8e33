package io.provctl.rightsizing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void growsWithTheSpanOfDenseHistory() {
        Confidence oneDay = Confidence.of(T0, T0.plus(Duration.ofDays(1)), 1440, MINUTE);
        Confidence week = Confidence.of(T0, T0.plus(Duration.ofDays(7)), 7 * 1440, MINUTE);
        Confidence month = Confidence.of(T0, T0.plus(Duration.ofDays(30)), 30 * 1440, MINUTE);
        assertThat(oneDay.score()).isCloseTo(0.5, within(1e-9));
        assertThat(week.score()).isCloseTo(0.875, within(1e-9));
        assertThat(month.score()).isGreaterThan(week.score()).isLessThan(1.0);
    }

    @Test
    void sparseHistoryIsWorthOnlyItsSamples() {
        // A week long, but one reading an hour at a one-minute step: 168 minutes of data.
        Confidence sparse = Confidence.of(T0, T0.plus(Duration.ofDays(7)), 168, MINUTE);
        assertThat(sparse.historyDays()).isCloseTo(168.0 / 1440, within(1e-9));
        assertThat(sparse.score()).isLessThan(0.11);
    }

    @Test
    void aCoarserStepCoversMoreTimePerSample() {
        Confidence fiveMinutes = Confidence.of(T0, T0.plus(Duration.ofDays(7)), 7 * 288, Duration.ofMinutes(5));
        assertThat(fiveMinutes.historyDays()).isCloseTo(7.0, within(1e-9));
    }
}
