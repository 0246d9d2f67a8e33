package io.provctl.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * CPU used by one container, averaged over the sampling step ending at {@code at}, in millicores.
 * Fractional because a rate of CPU seconds is: 0.4 m is a real reading, not zero.
 */
public record CpuSample(Instant at, ContainerId container, double millicores) {

    public CpuSample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(container, "container");
        if (!(millicores >= 0) || Double.isInfinite(millicores)) {
            throw new IllegalArgumentException("CPU usage must be a finite, non-negative number: " + millicores);
        }
    }
}
