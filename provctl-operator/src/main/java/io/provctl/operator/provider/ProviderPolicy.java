package io.provctl.operator.provider;

import java.time.Duration;

/**
 * How the operator treats a failing provider.
 *
 * @param failureThreshold consecutive failures that open the circuit
 * @param coolDown         how long an open circuit refuses calls before it lets a trial through
 * @param backoffBase      the first retry delay after a provider error
 * @param backoffMax       the longest retry delay (a provider's Retry-After may ask for more)
 */
public record ProviderPolicy(int failureThreshold, Duration coolDown, Duration backoffBase, Duration backoffMax) {

    public ProviderPolicy {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
    }

    public static ProviderPolicy defaults() {
        return new ProviderPolicy(5, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(5));
    }
}
