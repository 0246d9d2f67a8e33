package io.provctl.autoscaler.sim;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static io.provctl.autoscaler.sim.SimFixtures.policy;
import static io.provctl.autoscaler.sim.SimFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;

class SimulatorTest {

    @Test
    void onePodPaysForProvisioningRunningAndRemovalOfOneNode() {
        // submitted at 0, batched until 10 s (idle window), node requested at 10, usable at 70, pod runs
        // 70..3670, the scan at 3670 removes the empty node, gone at 3700: billed 3690 s at 0.0001/s
        SimResult r = Simulator.run(trace("submit_time_s,duration_s,cpu_millis,memory_mib\n0,3600,1500,1024\n"),
                policy(), Progress.NONE);

        assertThat(r.totalCost()).isEqualByComparingTo("0.369");
        assertThat(r.nodeHours()).isEqualTo(Map.of("small", new BigDecimal("1.0250")));
        assertThat(r.waitSeconds()).isEqualTo(new WaitStats(bd("70"), bd("70"), bd("70"), bd("70")));
        assertThat(r.peakNodes()).isEqualTo(1);
        assertThat(r.scaleUps()).isEqualTo(1);
        assertThat(r.scaleDowns()).isEqualTo(1);
        assertThat(r.unscheduledPods()).isZero();
        // fluid: 1.5 of 2 CPUs for an hour at 0.36 → 0.27
        assertThat(r.lowerBoundCost()).isEqualByComparingTo("0.27");
    }

    @Test
    void aBurstBecomesOneScaleUpSizedForAllOfIt() {
        // 100 pods of 500m: 4 per 2-CPU node, 25 nodes in one decision at 10 s, all usable at 70 s
        SimResult r = Simulator.run(trace("submit_time_s,duration_s,cpu_millis,memory_mib,count\n0,600,500,256,100\n"),
                policy(), Progress.NONE);

        assertThat(r.scaleUps()).isEqualTo(1);
        assertThat(r.nodesAdded()).isEqualTo(25);
        assertThat(r.peakNodes()).isEqualTo(25);
        assertThat(r.waitSeconds().max()).isEqualByComparingTo("70");
        assertThat(r.waitSeconds().p50()).isEqualByComparingTo("70");
        // work ends at 670; scale-down removes at most 10 empty nodes a pass, so 10 go at the 670 scan,
        // 10 at 680 and 5 at 690, each gone 30 s later: (10 × 690 + 10 × 700 + 5 × 710) s × 0.0001
        assertThat(r.totalCost()).isEqualByComparingTo("1.745");
        assertThat(r.scaleDowns()).isEqualTo(25);
        // full from 70 to 670, then 15 ready empty nodes for 10 s and 5 for 10 s more: 15000 / 15200
        assertThat(r.meanCpuAllocation()).isEqualTo(15000.0 / 15200.0);
    }

    @Test
    void aDiurnalPatternGrowsByDayAndShrinksByNight() {
        // whole-node pods (2 CPU): 4 by day for 12 h, 1 by night for 12 h, two days; the ideal pays for
        // 4 nodes × 12 h + 1 node × 12 h a day at 0.36: 2 days × 60 node-hours × 0.36 = 43.2
        SimResult r = Simulator.run(trace("""
                submit_time_s,duration_s,cpu_millis,memory_mib,count,name
                0,43200,2000,1024,4,day1
                43200,43200,2000,1024,1,night1
                86400,43200,2000,1024,4,day2
                129600,43200,2000,1024,1,night2
                """), policy(), Progress.NONE);

        assertThat(r.lowerBoundCost()).isEqualByComparingTo("43.2");
        assertThat(r.peakNodes()).isEqualTo(5);
        assertThat(r.waitSeconds().max()).isEqualByComparingTo("70");
        assertThat(r.unscheduledPods()).isZero();
        assertThat(r.scaleDowns()).isGreaterThanOrEqualTo(8);
        assertThat(r.totalCost()).isGreaterThan(r.lowerBoundCost());
        assertThat(r.costOverBound().orElseThrow()).isLessThan(new BigDecimal("1.2"));
        assertThat(nodesAt(r, 6)).isEqualTo(4);
        assertThat(nodesAt(r, 18)).isEqualTo(1);
        assertThat(nodesAt(r, 30)).isEqualTo(4);
    }

    @Test
    void aPodNoGroupCanHostIsReportedUnscheduledAndCostsNothing() {
        SimResult r = Simulator.run(trace("submit_time_s,duration_s,cpu_millis,memory_mib\n0,60,4000,1024\n"),
                policy(), Progress.NONE);

        assertThat(r.unscheduledPods()).isEqualTo(1);
        assertThat(r.totalCost()).isEqualByComparingTo("0");
        assertThat(r.lowerBoundCost()).isEqualByComparingTo("0");
        assertThat(r.scaleUps()).isZero();
    }

    @Test
    void theSameInputGivesTheSameResult() {
        Trace t = RandomTraces.of(7, 400, Duration.ofHours(6));
        SimPolicy p = policy();

        assertThat(Simulator.run(t, p, Progress.NONE).withoutWallTime())
                .isEqualTo(Simulator.run(t, p, Progress.NONE).withoutWallTime());
    }

    private static int nodesAt(SimResult r, int hour) {
        return r.timeline().stream().filter(pt -> pt.timeMillis() == hour * 3_600_000L).findFirst().orElseThrow().nodes();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void podsHeldBackAtMaxNodesWaitForRoomAndRunLater() {
        // one node at most: the first pod runs 70..670, the second waits for it and starts at 670
        SimResult r = Simulator.run(trace("submit_time_s,duration_s,cpu_millis,memory_mib,count\n0,600,2000,1024,2\n"),
                policy(SimFixtures.ONE_GROUP.replace("maxNodes: 100", "maxNodes: 1"), ""), Progress.NONE);

        assertThat(r.waitSeconds().p50()).isEqualByComparingTo("70");
        assertThat(r.waitSeconds().max()).isEqualByComparingTo("670");
        assertThat(r.peakNodes()).isEqualTo(1);
        assertThat(r.unscheduledPods()).isZero();
    }

    @Test
    void aRunThatCanNeverPlaceItsPodsStillEnds() {
        SimResult r = Simulator.run(trace("submit_time_s,duration_s,cpu_millis,memory_mib\n0,60,500,64\n"),
                policy(SimFixtures.ONE_GROUP.replace("maxNodes: 100", "maxNodes: 0"), ""), Progress.NONE);

        assertThat(r.unscheduledPods()).isEqualTo(1);
        assertThat(r.totalCost()).isEqualByComparingTo("0");
        // the pod could fit a node, but the run never started it, so the bound leaves it out as well
        assertThat(r.lowerBoundCost()).isEqualByComparingTo("0");
        // the horizon: last submission + longest duration + one day
        assertThat(r.span()).isLessThanOrEqualTo(Duration.ofSeconds(60 + 86_400));
    }

    @Test
    void aScaleDownMovesPodsAndTheyKeepTheirProgress() {
        // one batch at 10 s packs p1+p3 on node A and p2 on node B (both usable at 70). p1 ends at 670;
        // A (400m of 2 CPUs) is unneeded, p3 fits B, so A is removed at 670 (gone at 700) and p3 moves
        // to B with 6600 s left: p2 and p3 both end at 7270, B is gone at 7300.
        // Billed: A 10..700 = 690 s, B 10..7300 = 7290 s; 7980 s at 0.0001
        SimResult r = Simulator.run(trace("""
                submit_time_s,duration_s,cpu_millis,memory_mib,name
                0,600,1500,256,p1
                0,7200,1500,256,p2
                0,7200,400,256,p3
                """), policy(), Progress.NONE);

        assertThat(r.scaleUps()).isEqualTo(1);
        assertThat(r.nodesAdded()).isEqualTo(2);
        assertThat(r.scaleDowns()).isEqualTo(2);
        assertThat(r.totalCost()).isEqualByComparingTo("0.798");
        assertThat(r.span()).isEqualTo(Duration.ofSeconds(7270 + 600 + 10));
    }

    @Test
    void nodeSelectorsSteerPodsToTheGroupThatMatches() {
        String groups = SimFixtures.ONE_GROUP + """
                ---
                kind: NodeGroup
                metadata: {name: batch}
                spec:
                  maxNodes: 3
                  labels: {pool: batch}
                  offeringIDs: [{name: big, cpu: "8", memory: 32Gi, pricePerHour: "1.00"}]
                """;
        SimResult r = Simulator.run(trace("""
                submit_time_s,duration_s,cpu_millis,memory_mib,node_selector
                0,600,500,256,pool=batch
                """), policy(groups, ""), Progress.NONE);

        assertThat(r.nodeHours()).containsOnlyKeys("big");
        assertThat(r.unscheduledPods()).isZero();
    }
}
