package io.provctl.bench;

import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.Resource;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;
import io.provctl.plan.Plan;
import io.provctl.plan.Planner;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Planning 1,000 clusters of 10 node pools each (44,000 resources): against an empty state (everything
 * is created) and against a recorded state where every tenth pool was resized (updates).
 * Target on 2 cores: under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {

    @Param({"1000"})
    int clusters;

    @Param({"10"})
    int pools;

    private DesiredState desired;
    private StateView empty;
    private StateView recorded;
    private final Planner planner = new Planner(Clock.systemUTC());

    @Setup(Level.Trial)
    public void setUp() {
        List<ClusterSpec> specs = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            specs.add(cluster("c" + c, 0));
        }
        desired = DesiredState.of(specs);
        empty = StateView.empty("bench");
        List<ClusterSpec> before = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            before.add(cluster("c" + c, 1));
        }
        recorded = recordedState(DesiredState.of(before));
    }

    @Benchmark
    public Plan planFromEmptyState() {
        return planner.plan(desired, empty, List.of());
    }

    @Benchmark
    public Plan planAgainstRecordedState() {
        return planner.plan(desired, recorded, List.of());
    }

    private ClusterSpec cluster(String name, int resizeEveryTenth) {
        SourcePosition at = new SourcePosition("bench.hcl", 1, 1);
        List<PoolSpec> list = new ArrayList<>();
        for (int p = 0; p < pools; p++) {
            int desiredSize = 3 + (p == 0 ? resizeEveryTenth : 0);
            list.add(new PoolSpec("p" + p, "m5.large", 1, 10, desiredSize, SpotSpec.disabled(),
                    Map.of("pool", "p" + p), List.of(), Map.of(), at));
        }
        return new ClusterSpec(name, "aws", "us-east-1",
                new NetworkSpec("10.0.0.0/16", List.of("us-east-1a", "us-east-1b"), true, false),
                new ControlPlaneSpec("managed", "1.30", true, IdentitySpec.none(), Map.of()), list,
                Map.of("team", "bench"), at);
    }

    private static StateView recordedState(DesiredState state) {
        TreeMap<io.provctl.model.ResourceId, RecordedResource> resources = new TreeMap<>();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (Resource r : state.resources().values()) {
            resources.put(r.id(), new RecordedResource(r.id(), "id-" + r.id(), r.provider(), r.region(),
                    r.attributes(), now, now));
        }
        return new StateView("bench", resources.size(), resources.size(), resources, new TreeMap<>());
    }
}
