package io.provctl.operator.provider;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * {@code base * 2^(n-1)}, capped at {@code max}, so that many nodes failing together do not retry in
 * step; a provider's Retry-After is a floor, since retrying earlier only earns another 429. Pure but
 * for the random source it is given.
 */
public record Backoff(Duration base, Duration max) {

    public Duration delay(int attempt, Optional<Duration> retryAfter, DoubleSupplier random) {
        long cap = max.toMillis();
        int shift = Math.min(Math.max(attempt, 1) - 1, 30);
        long exponential = Math.min(cap, base.toMillis() << shift);
        long jittered = exponential / 2 + (long) (random.getAsDouble() * (exponential - exponential / 2));
        return Duration.ofMillis(Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L)));
    }
}
