package io.provctl.cloud.local;

import io.provctl.provider.ProviderException;

import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a {@link LocalCloudConfig} asks for: 429s past the rate limit, transient failures drawn
 * from a seeded random source, and the crash after the Nth successful mutating call. The crash counter
 * lives in this object, so it counts the calls of one process, not of the store.
 */
final class FaultInjector {

    private final LocalCloudConfig config;
    private final Random random;
    private final Optional<RateLimiter> rateLimiter;
    private final AtomicInteger mutatingCalls = new AtomicInteger();

    FaultInjector(LocalCloudConfig config, Random random, Clock clock) {
        this.config = config;
        this.random = random;
        this.rateLimiter = config.rateLimitPerSecond().stream().mapToObj(n -> new RateLimiter(n, clock)).findFirst();
    }

    /** Refuses a call the way the cloud's front door would: too many requests. */
    void admit(Operation op) {
        rateLimiter.ifPresent(limiter -> limiter.acquire(op));
    }

    /** Fails a call like a 503 before it changes anything, when the dice say so. */
    void maybeFail(Operation op, String subject) {
        if (config.failOps().contains(op) && config.failureRate() > 0 && random.nextDouble() < config.failureRate()) {
            throw ProviderException.transientFailure("503 Service Unavailable: injected failure of " + op.label()
                    + " " + subject + " (failure rate " + config.failureRate() + ")");
        }
    }

    /** Counts a successful call; crashes right after the Nth mutating one, its change already persisted. */
    void succeeded(Operation op, String subject) {
        if (!op.mutating()) {
            return;
        }
        int n = mutatingCalls.incrementAndGet();
        if (config.crashAfter().isPresent() && config.crashAfter().getAsInt() == n) {
            crash("simulated crash right after mutating call " + n + " (" + op.label() + " " + subject
                    + "): the cloud has persisted the change, the caller never saw the answer");
        }
    }

    private void crash(String message) {
        if (config.crashMode() == CrashMode.HALT) {
            System.err.println(message);
            Runtime.getRuntime().halt(137);
        }
        throw new SimulatedCrash(message);
    }
}
