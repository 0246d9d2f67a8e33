package io.provctl.operator.provider;

import java.time.Instant;

/** Where a {@link CircuitBreaker} stands. */
public sealed interface CircuitState {

    /** Calls go through; {@code failures} counts the consecutive failures so far. */
    record Closed(int failures) implements CircuitState {
    }

    /** Calls are refused without reaching the provider until {@code until}. */
    record Open(Instant until) implements CircuitState {
    }

    /** The cool-down is over: the next call is a trial that closes or reopens the circuit. */
    record HalfOpen() implements CircuitState {
    }

    /** The value of the state metric: 0 closed, 1 half-open, 2 open. */
    default int gaugeValue() {
        if (this instanceof Open) {
            return 2;
        }
        return this instanceof HalfOpen ? 1 : 0;
    }
}
