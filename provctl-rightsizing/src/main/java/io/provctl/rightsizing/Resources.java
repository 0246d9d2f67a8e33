package io.provctl.rightsizing;

/** An amount of CPU in millicores and of memory in bytes: a request, a limit, a usage or an estimate. */
public record Resources(long cpuMillicores, long memoryBytes) {

    public static final long MIB = 1024L * 1024L;
    public static final long GIB = 1024L * MIB;

    public Resources {
        if (cpuMillicores < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("resources must not be negative: " + cpuMillicores + "m, "
                    + memoryBytes + " bytes");
        }
    }

    public static Resources of(long cpuMillicores, long memoryBytes) {
        return new Resources(cpuMillicores, memoryBytes);
    }

    public Resources withCpu(long millicores) {
        return new Resources(millicores, memoryBytes);
    }

    public Resources withMemory(long bytes) {
        return new Resources(cpuMillicores, bytes);
    }

    public Resources plus(Resources other) {
        return new Resources(cpuMillicores + other.cpuMillicores, memoryBytes + other.memoryBytes);
    }

    /** Kubernetes notation, e.g. {@code 250m / 512Mi}. */
    @Override
    public String toString() {
        return Quantities.cpu(cpuMillicores) + " / " + Quantities.memory(memoryBytes);
    }
}
