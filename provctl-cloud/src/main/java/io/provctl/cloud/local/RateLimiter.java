package io.provctl.cloud.local;

import io.provctl.provider.ProviderException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Allows a number of calls per wall-clock second, answering the rest like an HTTP 429 with a
 * Retry-After up to the start of the next second. Refused calls do not use up the allowance.
 */
final class RateLimiter {

    private final int callsPerSecond;
    private final Clock clock;
    private long window = Long.MIN_VALUE;
    private int used;

    RateLimiter(int callsPerSecond, Clock clock) {
        this.callsPerSecond = callsPerSecond;
        this.clock = clock;
    }

    synchronized void acquire(Operation op) {
        Instant now = clock.instant();
        long second = now.getEpochSecond();
        if (second != window) {
            window = second;
            used = 0;
        }
        if (used >= callsPerSecond) {
            Duration retryAfter = Duration.ofSeconds(1).minusNanos(now.getNano());
            throw ProviderException.rateLimited("429 Too Many Requests: " + op.label() + " exceeds the local cloud's "
                    + "rate limit of " + callsPerSecond + " calls per second; retry after "
                    + retryAfter.toMillis() + " ms", retryAfter);
        }
        used++;
    }
}
