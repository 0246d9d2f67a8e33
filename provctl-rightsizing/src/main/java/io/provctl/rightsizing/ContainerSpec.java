package io.provctl.rightsizing;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One container of a workload's pod template as it is now: its requests (0 where none is set) and its
 * limits, CPU in millicores and memory in bytes.
 */
public record ContainerSpec(String name, Resources requests, OptionalLong cpuLimitMillicores,
                            OptionalLong memoryLimitBytes) {

    public ContainerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(cpuLimitMillicores, "cpuLimitMillicores");
        Objects.requireNonNull(memoryLimitBytes, "memoryLimitBytes");
    }

    /** A container with requests and no limits. */
    public static ContainerSpec of(String name, long cpuMillicores, long memoryBytes) {
        return new ContainerSpec(name, Resources.of(cpuMillicores, memoryBytes), OptionalLong.empty(),
                OptionalLong.empty());
    }

    public ContainerSpec withLimits(long cpuMillicores, long memoryBytes) {
        return new ContainerSpec(name, requests, OptionalLong.of(cpuMillicores), OptionalLong.of(memoryBytes));
    }
}
