package io.provctl.operator.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RepeatingTaskTest {

    @Test
    void aRunThatThrowsIsFollowedByTheNextAndCounts() {
        AtomicInteger calls = new AtomicInteger();
        try (RepeatingTask task = RepeatingTask.start("test", Duration.ofMillis(5), () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("API server away");
            }
            return true;
        })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> task.completedRuns() >= 3);
            assertThat(calls.get()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void runsThatSayTheyDoNotCountAreNotCounted() {
        AtomicInteger calls = new AtomicInteger();
        RepeatingTask task = RepeatingTask.start("test", Duration.ofMillis(5), () -> calls.incrementAndGet() > 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> task.completedRuns() >= 2);
        task.close();

        assertThat(task.completedRuns()).isEqualTo(calls.get() - 3L);
    }

    @Test
    void closeStopsTheThread() {
        RepeatingTask task = RepeatingTask.start("test", Duration.ofMillis(5), () -> true);
        await().atMost(Duration.ofSeconds(5)).until(() -> task.completedRuns() >= 1);

        task.close();

        assertThat(task.stopped()).isTrue();
    }

    @Test
    void aNonPositiveIntervalIsRefused() {
        assertThatThrownBy(() -> RepeatingTask.start("sampler", Duration.ZERO, () -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampler interval must be positive");
    }
}
