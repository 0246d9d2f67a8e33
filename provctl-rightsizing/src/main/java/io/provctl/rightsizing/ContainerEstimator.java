package io.provctl.rightsizing;

import java.time.Duration;
import java.util.Optional;

/**
 * Target, lower and upper bound of one container from its histograms. Each is a percentile plus the
 * safety margin; the bounds are then widened by how little history there is (the VPA's confidence
 * multipliers): the upper bound by {@code (1 + 1/d)}, the lower bound by {@code (1 + 0.001/d)^-2}, d
 * being the history in days. Finally the per-container minimums apply.
 */
final class ContainerEstimator {

    /** VPA's upper-bound confidence multiplier and exponent. */
    private static final double UPPER_MULTIPLIER = 1.0;
    private static final double UPPER_EXPONENT = 1.0;
    /** VPA's lower-bound confidence multiplier and exponent. */
    private static final double LOWER_MULTIPLIER = 0.001;
    private static final double LOWER_EXPONENT = -2.0;

    private final RecommenderSettings settings;

    ContainerEstimator(RecommenderSettings settings) {
        this.settings = settings;
    }

    /** Empty when the container has no CPU or no memory samples. */
    Optional<ContainerEstimate> estimate(ContainerHistory h, int containersPerPod, Duration step) {
        if (!h.hasData()) {
            return Optional.empty();
        }
        Confidence c = h.confidence(step);
        Resources min = minimum(containersPerPod);
        Resources target = at(h, settings.targetPercentile(), 1.0, min);
        Resources lower = at(h, settings.lowerPercentile(), widen(c, LOWER_MULTIPLIER, LOWER_EXPONENT), min);
        Resources upper = at(h, settings.upperPercentile(), widen(c, UPPER_MULTIPLIER, UPPER_EXPONENT), min);
        return Optional.of(new ContainerEstimate(h.container(), target, lower, upper, c, h.oomKills()));
    }

    private Resources at(ContainerHistory h, double percentile, double factor, Resources min) {
        double scale = (1 + settings.safetyMargin()) * factor;
        double cpu = h.cpu().percentile(percentile).orElseThrow() * scale;
        double mem = h.memoryPeaks().percentile(percentile).orElseThrow() * scale;
        return new Resources(Math.max(min.cpuMillicores(), ceil(cpu, settings.cpuMaxMillis())),
                Math.max(min.memoryBytes(), roundUpToMib(ceil(mem, settings.memoryMax()))));
    }

    /** The confidence multiplier; with no history at all the bound is as wide as the histogram. */
    private static double widen(Confidence c, double multiplier, double exponent) {
        if (c.historyDays() == 0) {
            return exponent > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return Math.pow(1 + multiplier / c.historyDays(), exponent);
    }

    /** The pod minimums split evenly over its containers, as the VPA does. */
    private Resources minimum(int containersPerPod) {
        int n = Math.max(1, containersPerPod);
        return new Resources(ceilDiv(settings.podMinCpuMillis(), n), ceilDiv(settings.podMinMemoryBytes(), n));
    }

    private static long ceil(double value, double max) {
        return (long) Math.ceil(Math.min(value, max));
    }

    /** Memory requests are written in MiB; rounding up keeps the margin. */
    private static long roundUpToMib(long bytes) {
        return ceilDiv(bytes, Resources.MIB) * Resources.MIB;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
