package io.provctl.autoscaler.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static io.provctl.autoscaler.sim.SimFixtures.policy;
import static io.provctl.autoscaler.sim.SimFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;

class LowerBoundTest {

    /** A CPU-heavy and a memory-heavy offering at the same price, so mixing them beats either alone. */
    private static final String TWO_SHAPES = """
            kind: NodeGroup
            metadata: {name: cpu}
            spec:
              maxNodes: 50
              offeringIDs: [{name: cpu4, cpu: "4", memory: 4Gi, pricePerHour: "1"}]
              scaleDownPolicy: {stabilizationWindowSeconds: 60}
            ---
            kind: NodeGroup
            metadata: {name: mem}
            spec:
              maxNodes: 50
              offeringIDs: [{name: mem16, cpu: "1", memory: 16Gi, pricePerHour: "1"}]
              scaleDownPolicy: {stabilizationWindowSeconds: 60}
            """;

    @Test
    void theFluidMixOfTwoShapesIsCheaperThanEitherAlone() {
        // demand 4 CPU and 16 GiB for an hour: 4 nodes of either shape (4.0), or 0.8 of each: 4·0.8 + 1·0.8 = 4
        // CPU and 4·0.8 + 16·0.8 = 16 GiB for 1.6
        Trace t = trace("""
                submit_time_s,duration_s,cpu_millis,memory_mib
                0,3600,3000,2048
                0,3600,1000,14336
                """);

        assertThat(LowerBound.of(t, policy(TWO_SHAPES, "").groups())).isEqualByComparingTo("1.6");
    }

    @Test
    void itIntegratesPiecewiseConstantDemandExactly() {
        // 1 CPU for 30 min, then 2 CPUs for 30 min, then 1 CPU for 15 min, on 2-CPU nodes at 0.36:
        // (0.5 × 0.5 + 1 × 0.5 + 0.5 × 0.25) × 0.36 = 0.315
        Trace t = trace("""
                submit_time_s,duration_s,cpu_millis,memory_mib
                0,3600,1000,64
                1800,2700,1000,64
                """);

        assertThat(LowerBound.of(t, policy().groups())).isEqualByComparingTo("0.315");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void neverAboveTheCostOfARun(long seed) {
        Trace t = RandomTraces.of(seed, 150, Duration.ofHours(3));
        SimPolicy p = seed % 2 == 0 ? policy() : policy(TWO_SHAPES, "  expander: least-waste\n");

        SimResult r = Simulator.run(t, p, Progress.NONE);

        assertThat(r.lowerBoundCost()).isPositive().isLessThanOrEqualTo(r.totalCost());
    }
}
