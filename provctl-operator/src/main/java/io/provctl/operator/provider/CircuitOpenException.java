package io.provctl.operator.provider;

import io.provctl.provider.ProviderException;

import java.time.Duration;

/** A call refused because the provider's circuit is open; retry after the cool-down. */
public final class CircuitOpenException extends ProviderException {

    public CircuitOpenException(String provider, Duration left) {
        super(Kind.TRANSIENT, "provider " + provider + " is failing: circuit open, calls paused for "
                + left.toSeconds() + "s", left, null);
    }
}
