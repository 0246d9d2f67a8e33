package io.provctl.autoscaler.model;

/**
 * An amount of the four resources the scheduler counts: CPU in millicores, memory and ephemeral storage
 * in bytes, and pods. Exact whole numbers, so sums never drift.
 */
public record Resources(long cpuMillis, long memoryBytes, long ephemeralBytes, long pods) {

    public static final Resources ZERO = new Resources(0, 0, 0, 0);

    /** Plenty of one resource where a node or offering says nothing about it (ephemeral storage). */
    public static final long UNLIMITED = Long.MAX_VALUE / 4;

    public static Resources of(long cpuMillis, long memoryBytes) {
        return new Resources(cpuMillis, memoryBytes, 0, 0);
    }

    public Resources plus(Resources o) {
        return new Resources(cpuMillis + o.cpuMillis, memoryBytes + o.memoryBytes,
                ephemeralBytes + o.ephemeralBytes, pods + o.pods);
    }

    public Resources minus(Resources o) {
        return new Resources(cpuMillis - o.cpuMillis, memoryBytes - o.memoryBytes,
                ephemeralBytes - o.ephemeralBytes, pods - o.pods);
    }

    /** Each resource the larger of the two: how the scheduler combines init containers with the rest. */
    public Resources max(Resources o) {
        return new Resources(Math.max(cpuMillis, o.cpuMillis), Math.max(memoryBytes, o.memoryBytes),
                Math.max(ephemeralBytes, o.ephemeralBytes), Math.max(pods, o.pods));
    }

    public Resources withPods(long count) {
        return new Resources(cpuMillis, memoryBytes, ephemeralBytes, count);
    }

    /** True when every resource of this amount is at most the other's. */
    public boolean fitsIn(Resources o) {
        return cpuMillis <= o.cpuMillis && memoryBytes <= o.memoryBytes
                && ephemeralBytes <= o.ephemeralBytes && pods <= o.pods;
    }
}
