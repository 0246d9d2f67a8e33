package io.provctl.bench;

import io.provctl.autoscaler.sim.PolicyReader;
import io.provctl.autoscaler.sim.Progress;
import io.provctl.autoscaler.sim.SimPolicy;
import io.provctl.autoscaler.sim.SimResult;
import io.provctl.autoscaler.sim.Simulator;
import io.provctl.autoscaler.sim.Trace;
import io.provctl.cost.pricing.PriceSources;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Replaying 100,000 pods over 7 simulated days against 3 policies (least-cost, least-waste and most-pods
 * over three AWS offerings), the way {@code provctl sim run --compare} does: one cold run, timed whole,
 * since a user runs it once. Target on 2 cores: under 60 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SimBenchmark {

    private static final String GROUPS = """
            apiVersion: autoscaling.provctl.io/v1alpha1
            kind: NodeGroup
            metadata: {name: general}
            spec:
              minNodes: 1
              maxNodes: 200
              offeringIDs: [t3.large, m5.xlarge, c5.2xlarge]
            ---
            kind: SimulationPolicy
            metadata: {name: %s}
            spec:
              expander: %s
            """;

    private Trace trace;
    private List<SimPolicy> policies;

    @Setup
    public void setUp() {
        trace = SyntheticWorkload.trace(20261123L, 100_000, 7);
        PolicyReader reader = new PolicyReader(PriceSources.embedded());
        policies = List.of("least-cost", "least-waste", "most-pods").stream()
                .map(e -> reader.read(e + ".yaml", GROUPS.formatted(e, e), e)).toList();
    }

    @Benchmark
    public List<SimResult> replayWeekAgainstThreePolicies() {
        return Simulator.runAll(trace, policies, Progress.NONE);
    }
}
