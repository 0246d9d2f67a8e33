package io.provctl.cloud.vpsie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stops calling VPSie after {@code failures} consecutive failures, so a broken API is not hammered;
 * after {@code openFor} it lets calls through again (half-open) and closes after {@code successes} of
 * them succeed. One failure while half-open opens it again.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failures;
    private final Duration openFor;
    private final int successes;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failedInRow;
    private int succeededInRow;
    private Instant openedAt = Instant.EPOCH;

    CircuitBreaker(int failures, Duration openFor, int successes, Clock clock) {
        this.failures = failures;
        this.openFor = openFor;
        this.successes = successes;
        this.clock = clock;
    }

    /** Empty when a call may go out; otherwise how long until the circuit lets one through. */
    synchronized Optional<Duration> refusal() {
        if (state == State.OPEN) {
            Duration since = Duration.between(openedAt, clock.instant());
            if (since.compareTo(openFor) < 0) {
                return Optional.of(openFor.minus(since));
            }
            state = State.HALF_OPEN;
            succeededInRow = 0;
        }
        return Optional.empty();
    }

    synchronized void succeeded() {
        failedInRow = 0;
        if (state == State.HALF_OPEN && ++succeededInRow >= successes) {
            state = State.CLOSED;
        }
    }

    synchronized void failed() {
        failedInRow++;
        if (state == State.HALF_OPEN || failedInRow >= failures) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    synchronized State state() {
        refusal();
        return state;
    }
}
