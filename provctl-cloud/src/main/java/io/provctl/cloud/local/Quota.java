package io.provctl.cloud.local;

import java.util.OptionalInt;

/**
 * How much the simulated account may hold: total vCPUs and total nodes over every node pool. An empty
 * limit means unlimited.
 */
public record Quota(OptionalInt maxVcpus, OptionalInt maxNodes) {

    public static Quota unlimited() {
        return new Quota(OptionalInt.empty(), OptionalInt.empty());
    }

    public Quota withMaxVcpus(int vcpus) {
        return new Quota(OptionalInt.of(vcpus), maxNodes);
    }

    public Quota withMaxNodes(int nodes) {
        return new Quota(maxVcpus, OptionalInt.of(nodes));
    }
}
