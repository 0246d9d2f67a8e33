package io.provctl.cloud.vpsie;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter, capped, and never shorter than the server's Retry-After: the
 * server knows when it will take calls again, the jitter only spreads clients that do not know.
 */
record Backoff(Duration base, Duration max, RandomGenerator random) {

    Duration delay(int attempt, Optional<Duration> retryAfter) {
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        Duration jittered = Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling / 2 + 1));
        return retryAfter.filter(r -> r.compareTo(jittered) > 0).orElse(jittered);
    }
}
