package io.provctl.rightsizing;

import io.provctl.metrics.CpuSample;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.histogram.DecayingHistogram;
import io.provctl.rightsizing.histogram.ExponentialBuckets;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Replicas from the workload's total CPU: at each sample time the usage of all pods is summed, the
 * decaying histogram of those totals gives the target percentile plus the safety margin, and that
 * total is divided by the CPU one pod requests. CPU is the load that spreads over replicas; memory is
 * not used, because a pod's memory (caches, runtime) mostly does not shrink when there are more of
 * them, so fewer replicas would not need less memory each.
 */
final class ReplicaEstimator {

    private final RecommenderSettings settings;

    ReplicaEstimator(RecommenderSettings settings) {
        this.settings = settings;
    }

    /** Replicas needed (at least 1); empty with no CPU samples or no CPU request per pod. */
    OptionalInt replicasFor(WorkloadUsage usage, long podCpuRequestMillis) {
        if (usage.cpu().isEmpty() || podCpuRequestMillis <= 0) {
            return OptionalInt.empty();
        }
        Map<Instant, Double> totals = new TreeMap<>();
        for (CpuSample s : usage.cpu()) {
            totals.merge(s.at(), s.millicores(), Double::sum);
        }
        // Totals can exceed one container's range many times over, so the top of the scale is raised
        // by the same factor the bucket count allows (a handful of extra buckets).
        DecayingHistogram h = new DecayingHistogram(new ExponentialBuckets(settings.cpuFirstBucketMillis(),
                settings.bucketRatio(), settings.cpuMaxMillis() * 100), settings.halfLife());
        totals.forEach((at, total) -> h.add(total, 1.0, at));
        double needed = h.percentile(settings.targetPercentile()).orElseThrow() * (1 + settings.safetyMargin());
        return OptionalInt.of((int) Math.max(1, Math.ceil(needed / podCpuRequestMillis)));
    }
}
