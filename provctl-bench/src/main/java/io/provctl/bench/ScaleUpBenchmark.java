package io.provctl.bench;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.scaleup.ScaleUpDecision;
import io.provctl.autoscaler.scaleup.ScaleUpPlanner;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One scale-up decision, least-cost expander: {@code 1k} is 1,000 pending pods over 100 nodes and 20
 * offerings in 2 groups; {@code 10k} is 10,000 pending pods over 1,000 nodes and 50 offerings in 5 groups.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScaleUpBenchmark {

    @Param({"1k", "10k"})
    public String size;

    @Param({"RANDOM", "SKEWED"})
    public AutoscalerWorkloads.Shape shape;

    private ClusterSnapshot snapshot;
    private ScaleUpPlanner planner;
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Setup
    public void setUp() {
        snapshot = size.equals("1k") ? AutoscalerWorkloads.cluster(2, 20, 100, 1_000, shape, 1)
                : AutoscalerWorkloads.cluster(5, 50, 1_000, 10_000, shape, 1);
        planner = new ScaleUpPlanner(ScaleUpSettings.DEFAULTS.withMaxClusterNodes(100_000));
    }

    @Benchmark
    public ScaleUpDecision decide() {
        return planner.plan(snapshot, now);
    }
}
