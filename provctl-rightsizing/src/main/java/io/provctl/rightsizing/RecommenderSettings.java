package io.provctl.rightsizing;

import java.time.Duration;

/**
 * The constants of the recommender. {@link #vpaDefaults()} are those of the Kubernetes Vertical Pod
 * Autoscaler's recommender, so provctl and a VPA watching the same workload agree.
 *
 * @param halfLife             a sample loses half its weight after this long (VPA: 24 h for CPU and memory)
 * @param bucketRatio          each histogram bucket is this much wider than the previous one (VPA: 1.05)
 * @param cpuFirstBucketMillis width of the first CPU bucket (VPA: 0.01 cores)
 * @param cpuMaxMillis         largest CPU value told apart (VPA: 1,000 cores)
 * @param memoryFirstBucket    width of the first memory bucket, bytes (VPA: 1e7)
 * @param memoryMax            largest memory value told apart, bytes (VPA: 1e12)
 * @param memoryAggregation    one memory peak per pod per this interval enters the histogram (VPA: 24 h)
 * @param targetPercentile     percentile of the histograms for the target (VPA: 0.9)
 * @param lowerPercentile      percentile for the lower bound (VPA: 0.5)
 * @param upperPercentile      percentile for the upper bound (VPA: 0.95)
 * @param safetyMargin         fraction added on top of every percentile (VPA: 0.15)
 * @param podMinCpuMillis      smallest CPU a pod is given, split over its containers (VPA: 25 m)
 * @param podMinMemoryBytes    smallest memory a pod is given, split over its containers (VPA: 250 MiB)
 * @param oomBumpRatio         after an OOM kill, the memory that was used times this enters as a peak (VPA: 1.2)
 * @param oomMinBumpBytes      ... or the memory used plus this, whichever is larger (VPA: 100 MiB)
 */
public record RecommenderSettings(Duration halfLife, double bucketRatio, double cpuFirstBucketMillis,
                                  double cpuMaxMillis, double memoryFirstBucket, double memoryMax,
                                  Duration memoryAggregation, double targetPercentile, double lowerPercentile,
                                  double upperPercentile, double safetyMargin, long podMinCpuMillis,
                                  long podMinMemoryBytes, double oomBumpRatio, long oomMinBumpBytes) {

    public static RecommenderSettings vpaDefaults() {
        return new RecommenderSettings(Duration.ofHours(24), 1.05, 10, 1_000_000, 1e7, 1e12,
                Duration.ofHours(24), 0.9, 0.5, 0.95, 0.15, 25, 250 * Resources.MIB, 1.2,
                100 * Resources.MIB);
    }

    public RecommenderSettings withHalfLife(Duration d) {
        return new RecommenderSettings(d, bucketRatio, cpuFirstBucketMillis, cpuMaxMillis, memoryFirstBucket,
                memoryMax, memoryAggregation, targetPercentile, lowerPercentile, upperPercentile, safetyMargin,
                podMinCpuMillis, podMinMemoryBytes, oomBumpRatio, oomMinBumpBytes);
    }
}
