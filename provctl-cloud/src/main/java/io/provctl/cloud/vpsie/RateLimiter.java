package io.provctl.cloud.vpsie;

import io.provctl.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: a burst of {@code perMinute} calls, then one call per {@code 60 s / perMinute}.
 * A caller that finds the bucket empty takes its token in advance and waits for it, so waiting never
 * loops on the clock (tests drive the clock and the sleeper separately).
 */
final class RateLimiter {

    private final double capacity;
    private final double perNano;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private Instant last;

    RateLimiter(int perMinute, Clock clock, Sleeper sleeper) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = perMinute;
        this.last = clock.instant();
    }

    /** Takes one token, waiting as long as the bucket needs to refill it. */
    void acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    private synchronized Duration reserve() {
        Instant now = clock.instant();
        if (now.isAfter(last)) {
            tokens = Math.min(capacity, tokens + Duration.between(last, now).toNanos() * perNano);
            last = now;
        }
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-tokens / perNano));
    }
}
