package io.provctl.state.jdbc;

import io.provctl.store.Actor;
import io.provctl.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What a store needs from outside: the clock that stamps events and locks, the sleeper that paces lock
 * polling, how often to poll, and who is recorded as initialising a fresh state when {@code current()}
 * creates it (no actor is passed there).
 */
public record StoreSettings(Clock clock, Sleeper sleeper, Duration lockPollInterval, Supplier<Actor> initialiser) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(500);

    public StoreSettings {
        if (lockPollInterval.isNegative() || lockPollInterval.isZero()) {
            throw new IllegalArgumentException("lock poll interval must be positive, got " + lockPollInterval);
        }
    }

    public static StoreSettings defaults(Clock clock) {
        return new StoreSettings(clock, Sleeper.system(), DEFAULT_POLL_INTERVAL, () -> Actor.current("provctl"));
    }

    public StoreSettings withSleeper(Sleeper newSleeper) {
        return new StoreSettings(clock, newSleeper, lockPollInterval, initialiser);
    }
}
