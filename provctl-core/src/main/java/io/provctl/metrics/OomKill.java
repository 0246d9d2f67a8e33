package io.provctl.metrics;

import java.time.Instant;
import java.util.Objects;

/** One OOM kill of a container, observed at (or shortly after) {@code at}. */
public record OomKill(Instant at, ContainerId container) {

    public OomKill {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(container, "container");
    }
}
