package io.provctl.plan;

import io.provctl.provider.ProviderException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter for retryable provider errors (429, 5xx, timeouts). The wait before
 * attempt n+1 is a random point in the upper half of {@code base * 2^(n-1)}, capped at {@code max}, and
 * never shorter than the provider's Retry-After.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max, DoubleSupplier jitter) {

    public static RetryPolicy standard() {
        java.util.Random random = new java.util.Random();
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), random::nextDouble);
    }

    /** Whether another attempt should follow {@code attempt} (1-based) failing with {@code e}. */
    public boolean shouldRetry(int attempt, RuntimeException e) {
        return attempt < maxAttempts && e instanceof ProviderException pe && pe.retryable();
    }

    /** How long to wait after failed attempt {@code attempt} (1-based). */
    public Duration delay(int attempt, Optional<Duration> retryAfter) {
        long cap = max.toMillis();
        long exp = Math.min(cap, base.toMillis() << Math.min(attempt - 1, 30));
        long jittered = exp / 2 + Math.round(jitter.getAsDouble() * (exp / 2.0));
        long wait = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
        return Duration.ofMillis(wait);
    }
}
