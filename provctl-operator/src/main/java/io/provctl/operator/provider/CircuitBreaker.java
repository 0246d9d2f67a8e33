package io.provctl.operator.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;

/**
 * Counts consecutive provider failures and opens after {@code threshold} of them, so that a provider
 * that is down is not hammered by every node's retries; after the cool-down it lets calls through
 * again (half-open), and the first outcome closes or reopens it. Thread-safe; the clock decides time.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private final IntConsumer onChange;
    private CircuitState state = new CircuitState.Closed(0);

    /** {@code onChange} receives the state's gauge value after every change (the metric). */
    public CircuitBreaker(int threshold, Duration coolDown, Clock clock, IntConsumer onChange) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
        this.onChange = onChange;
        onChange.accept(state.gaugeValue());
    }

    /** The state now; an open circuit whose cool-down has passed reads as half-open. */
    public synchronized CircuitState state() {
        if (state instanceof CircuitState.Open open && !clock.instant().isBefore(open.until())) {
            set(new CircuitState.HalfOpen());
        }
        return state;
    }

    /** How long calls are still refused; zero when they may go through. */
    public synchronized Duration refusalLeft() {
        return state() instanceof CircuitState.Open open ? Duration.between(clock.instant(), open.until())
                : Duration.ZERO;
    }

    public synchronized void success() {
        if (!(state instanceof CircuitState.Closed closed && closed.failures() == 0)) {
            set(new CircuitState.Closed(0));
        }
    }

    public synchronized void failure() {
        CircuitState now = state();
        int failures = now instanceof CircuitState.Closed closed ? closed.failures() + 1 : threshold;
        Instant instant = clock.instant();
        set(failures >= threshold ? new CircuitState.Open(instant.plus(coolDown)) : new CircuitState.Closed(failures));
    }

    private void set(CircuitState next) {
        state = next;
        onChange.accept(next.gaugeValue());
    }
}
