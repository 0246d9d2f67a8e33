package io.provctl.bench;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.estimate.EstimateOptions;
import io.provctl.cost.pricing.BillingPolicies;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A strict cost estimate of 1,000 AWS clusters of 10 pools each, every price from the embedded catalog. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CostEstimateBenchmark {

    private static final String[] TYPES = {"t3.medium", "t3.large", "t3.xlarge", "m5.large", "m5.xlarge",
            "m5.2xlarge", "c5.large", "c5.xlarge", "c5.2xlarge", "r5.large"};

    private List<ClusterSpec> clusters;
    private CostEstimator estimator;

    @Setup
    public void setUp() {
        SourcePosition at = SourcePosition.unknown("bench.hcl");
        clusters = new ArrayList<>();
        for (int c = 0; c < 1000; c++) {
            List<PoolSpec> pools = new ArrayList<>();
            for (int p = 0; p < TYPES.length; p++) {
                pools.add(new PoolSpec("p" + p, TYPES[p], 1, 10, 3, new SpotSpec(p % 3 == 0, Optional.empty()),
                        Map.of(), List.of(), Map.of(), at));
            }
            clusters.add(new ClusterSpec("c" + c, "aws", "us-east-1",
                    new NetworkSpec("10.0.0.0/16", List.of("a", "b", "c"), true, false),
                    new ControlPlaneSpec("managed", "1.30", true, IdentitySpec.none(), Map.of()), pools, Map.of(), at));
        }
        estimator = new CostEstimator(PriceSources.embedded(), BillingPolicies.standard(), EstimateOptions.strictDefaults());
    }

    @Benchmark
    public CostEstimate estimate1000Clusters10Pools() {
        return estimator.estimate(clusters);
    }
}
