package io.provctl.bench;

import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.ContainerEstimate;
import io.provctl.rightsizing.Recommender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Recommendations for {@code containers} containers over {@code days} days of 1-minute samples
 * (10,000 x 30 days is 432 million CPU and as many memory samples). Workloads of 2 pods x 2 containers
 * are generated and analysed one at a time, as the operator fetches them, so memory stays bounded by
 * one workload's series. {@code generateOnly} measures making the samples alone, to subtract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class RecommenderBenchmark {

    private static final int PODS = 2;
    private static final int CONTAINERS_PER_POD = 2;
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @Param({"10000"})
    public int containers;

    @Param({"30"})
    public int days;

    private final Recommender recommender = Recommender.withVpaDefaults();

    @Benchmark
    public void recommend(Blackhole sink) {
        forEachWorkload(usage -> {
            List<ContainerEstimate> estimates = recommender.estimate(usage);
            sink.consume(estimates);
        });
    }

    @Benchmark
    public void generateOnly(Blackhole sink) {
        forEachWorkload(sink::consume);
    }

    private void forEachWorkload(java.util.function.Consumer<WorkloadUsage> action) {
        int workloads = containers / (PODS * CONTAINERS_PER_POD);
        for (int w = 0; w < workloads; w++) {
            action.accept(UsageSeries.workload(w, PODS, CONTAINERS_PER_POD, NOW, Duration.ofDays(days),
                    Duration.ofMinutes(1)));
        }
    }
}
