package io.provctl.autoscaler.sim;

import java.util.Map;
import java.util.Objects;

/**
 * One pod of a workload trace: when it is submitted and how long it runs once bound, both in
 * milliseconds from the start of the trace, and what it requests. {@code line} is the CSV line it came from.
 */
public record TracePod(String namespace, String name, long submitMillis, long durationMillis, long cpuMillis,
                       long memoryMib, Map<String, String> nodeSelector, int priority, int line) {

    public TracePod {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        nodeSelector = Map.copyOf(nodeSelector);
        if (submitMillis < 0 || durationMillis < 0 || cpuMillis < 0 || memoryMib < 0) {
            throw new IllegalArgumentException("times and requests must be 0 or more");
        }
    }

    public String key() {
        return namespace + "/" + name;
    }
}
