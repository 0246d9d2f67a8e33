package io.provctl.rightsizing.sampling;

import io.provctl.metrics.ContainerId;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading of one container from metrics.k8s.io (a PodMetrics container entry): CPU in millicores,
 * working-set memory in bytes, at the reading's timestamp.
 */
public record PodUsageSample(Instant at, ContainerId container, double cpuMillicores, long memoryBytes) {

    public PodUsageSample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(container, "container");
    }
}
