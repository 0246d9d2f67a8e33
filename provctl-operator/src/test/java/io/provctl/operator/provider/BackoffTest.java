package io.provctl.operator.provider;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void doublesPerAttemptWithinHalfToAllOfTheStepAndStopsAtTheCap() {
        assertThat(backoff.delay(1, Optional.empty(), () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(1, Optional.empty(), () -> 1.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(4, Optional.empty(), () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(4, Optional.empty(), () -> 1.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.delay(50, Optional.empty(), () -> 1.0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(50, Optional.empty(), () -> 0.0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterIsAFloorEvenAboveTheCap() {
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(7)), () -> 1.0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.delay(1, Optional.of(Duration.ofMinutes(3)), () -> 1.0)).isEqualTo(Duration.ofMinutes(3));
        assertThat(backoff.delay(6, Optional.of(Duration.ofSeconds(2)), () -> 1.0)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void retriesCountPerResourceAndStartOverAfterASuccess() {
        ProviderRetries retries = new ProviderRetries(backoff);
        ResourceID a = new ResourceID("a", "default");
        ResourceID b = new ResourceID("b", "default");

        retries.failed(a, Optional.empty());
        retries.failed(a, Optional.empty());
        Duration third = retries.failed(a, Optional.empty());
        retries.failed(b, Optional.empty());

        assertThat(third).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(retries.attempts(a)).isEqualTo(3);
        assertThat(retries.attempts(b)).isEqualTo(1);
        retries.succeeded(a);
        assertThat(retries.attempts(a)).isZero();
    }
}
