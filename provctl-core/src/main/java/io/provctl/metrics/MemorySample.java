package io.provctl.metrics;

import java.time.Instant;
import java.util.Objects;

/** Working-set memory of one container at {@code at}, in bytes (what the kernel OOM-kills on). */
public record MemorySample(Instant at, ContainerId container, long bytes) {

    public MemorySample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(container, "container");
        if (bytes < 0) {
            throw new IllegalArgumentException("memory usage must not be negative: " + bytes);
        }
    }
}
