package io.provctl.rightsizing.csv;

import io.provctl.metrics.ContainerId;

import java.time.Instant;
import java.util.Objects;

/** One line of a usage CSV: a container's CPU (millicores) and working-set memory (bytes) at one time. */
public record UsageRow(Instant at, String namespace, ContainerId container, double cpuMillicores, long memoryBytes,
                       boolean oomKilled) {

    public UsageRow {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(container, "container");
    }
}
