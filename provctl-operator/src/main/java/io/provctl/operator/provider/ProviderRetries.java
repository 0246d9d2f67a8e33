package io.provctl.operator.provider;

import io.javaoperatorsdk.operator.processing.event.ResourceID;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Consecutive provider errors per resource and the delay before the next try. Kept in memory: after a
 * restart a node starts again from the shortest delay, which the circuit breaker keeps harmless.
 */
public final class ProviderRetries {

    private final Backoff backoff;
    private final Map<ResourceID, Integer> attempts = new ConcurrentHashMap<>();

    public ProviderRetries(Backoff backoff) {
        this.backoff = backoff;
    }

    /** Records one more failure of {@code resource} and returns how long to wait. */
    public Duration failed(ResourceID resource, Optional<Duration> retryAfter) {
        int attempt = attempts.merge(resource, 1, Integer::sum);
        return backoff.delay(attempt, retryAfter, () -> ThreadLocalRandom.current().nextDouble());
    }

    public void succeeded(ResourceID resource) {
        attempts.remove(resource);
    }

    public int attempts(ResourceID resource) {
        return attempts.getOrDefault(resource, 0);
    }
}
