package io.provctl.operator.managednode;

import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The drain deadline after an interruption notice: now + min(grace period, deadline - now). */
class SpotInterruptionTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aShorterGracePeriodEndsTheDrainFirst() {
        assertThat(SpotInterruption.drainDeadline(NOW, NOW.plusSeconds(120), Duration.ofSeconds(30)))
                .isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void theProvidersDeadlineWinsOverALongerGracePeriod() {
        assertThat(SpotInterruption.drainDeadline(NOW, NOW.plusSeconds(120), Duration.ofMinutes(10)))
                .isEqualTo(NOW.plusSeconds(120));
        assertThat(SpotInterruption.drainDeadline(NOW, NOW.plusSeconds(120), Duration.ofSeconds(120)))
                .isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aNoticeHeardAfterItsDeadlineLeavesNoTimeToDrain() {
        assertThat(SpotInterruption.drainDeadline(NOW, NOW.minusSeconds(5), Duration.ofSeconds(120))).isEqualTo(NOW);
        assertThat(SpotInterruption.drainDeadline(NOW, NOW.plusSeconds(60), Duration.ofSeconds(-1))).isEqualTo(NOW);
    }

    @Test
    void theGracePeriodIsReadFromTheGroupWith120sWhenAbsentOrUnreadable() {
        assertThat(SpotInterruption.gracePeriod(spot("90s"))).isEqualTo(Duration.ofSeconds(90));
        assertThat(SpotInterruption.gracePeriod(spot("2m"))).isEqualTo(Duration.ofMinutes(2));
        assertThat(SpotInterruption.gracePeriod(spot("1h"))).isEqualTo(Duration.ofHours(1));
        assertThat(SpotInterruption.gracePeriod(spot(null))).isEqualTo(Duration.ofSeconds(120));
        assertThat(SpotInterruption.gracePeriod(spot("soon"))).isEqualTo(Duration.ofSeconds(120));
        assertThat(SpotInterruption.gracePeriod(null)).isEqualTo(Duration.ofSeconds(120));
    }

    private static SpotConfig spot(String grace) {
        SpotConfig spot = new SpotConfig();
        spot.setInterruptionGracePeriod(grace);
        return spot;
    }
}
