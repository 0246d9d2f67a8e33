package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.AntiAffinityTerm;
import io.provctl.autoscaler.model.LabelSelector;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.ScaleDownPolicy;
import io.provctl.autoscaler.model.ScaleUpPolicy;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.Toleration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static io.provctl.autoscaler.testsupport.Fixtures.NOW;
import static io.provctl.autoscaler.testsupport.Fixtures.group;
import static io.provctl.autoscaler.testsupport.Fixtures.node;
import static io.provctl.autoscaler.testsupport.Fixtures.offering;
import static io.provctl.autoscaler.testsupport.Fixtures.pending;
import static io.provctl.autoscaler.testsupport.Fixtures.pod;
import static io.provctl.autoscaler.testsupport.Fixtures.running;
import static io.provctl.autoscaler.testsupport.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class ScaleUpPlannerTest {

    private final Offering small = offering("small", 2000, 8, "0.10");
    private final Offering large = offering("large", 8000, 32, "0.36");
    private final ScaleUpPlanner planner = new ScaleUpPlanner(ScaleUpSettings.DEFAULTS);

    private static List<PodInfo> burst(int count, long cpu, long memGi) {
        return IntStream.range(0, count).mapToObj(i -> pending("burst-" + i, cpu, memGi)).toList();
    }

    @Test
    void aBurstOfAHundredPodsIsOneDecisionSizedForAllOfThem() {
        NodeGroupInfo g = group("general", 0, 50, 0, small, large);

        ScaleUpDecision d = planner.plan(snapshot(burst(100, 500, 1), List.of(), List.of(g)), NOW);

        // 100 × 500m = 50 CPU: 13 large nodes (16 pods each by CPU) cost 4.68/h, 25 small cost 2.50/h
        assertThat(d.scaleUps()).singleElement().satisfies(e -> {
            assertThat(e.nodeGroup()).isEqualTo("general");
            assertThat(e.offering()).isEqualTo("small");
            assertThat(e.count()).isEqualTo(25);
            assertThat(e.newSize()).isEqualTo(25);
            assertThat(e.pods()).hasSize(100);
            assertThat(e.addedPricePerHour()).isEqualByComparingTo("2.50");
        });
        assertThat(d.pending()).isEmpty();
    }

    @Test
    void podsThatFitExistingOrJoiningNodesTriggerNothing() {
        NodeInfo joining = new NodeInfo("n2", node("n2", "general", 2000, 8).allocatable(), Map.of(), List.of(),
                false, Map.of(), false, true);
        List<PodInfo> pods = new ArrayList<>(List.of(running("old", "n1", 1000, 4)));
        pods.addAll(burst(4, 500, 1));

        ScaleUpDecision d = planner.plan(snapshot(pods, List.of(node("n1", "general", 2000, 8), joining),
                List.of(group("general", 0, 10, 2, small))), NOW);

        assertThat(d.scaleUps()).isEmpty();
        assertThat(d.pending()).isEmpty();
        assertThat(d.fitExisting()).extracting(Placement::node).containsExactly("n1", "n1", "n2", "n2");
    }

    @Test
    void aPodNoGroupCanEverHostIsReportedAsImpossibleWithReasons() {
        NodeGroupInfo gpu = group("gpu", 0, 5, 0, large).withTaints(List.of(new Taint("gpu", "true", TaintEffect.NO_SCHEDULE)));
        NodeGroupInfo general = group("general", 0, 5, 0, small, large);
        PodInfo huge = pending("huge", 64000, 1);

        ScaleUpDecision d = planner.plan(snapshot(List.of(huge), List.of(), List.of(general, gpu)), NOW);

        assertThat(d.scaleUps()).isEmpty();
        assertThat(d.pending()).singleElement().satisfies(p -> {
            assertThat(p.impossible()).isTrue();
            assertThat(p.reason()).isEqualTo("no node group can host it: general: insufficient cpu: needs 64, 8 free of 8"
                    + " (large); gpu: untolerated taint gpu=true:NoSchedule (large)");
        });
        assertThat(d.newlyImpossible(Set.of())).hasSize(1);
        assertThat(d.newlyImpossible(Set.of("default/huge"))).isEmpty();
    }

    @Test
    void podsGoToTheGroupTheirSelectorsAndTolerationsAllow() {
        NodeGroupInfo general = group("general", 0, 10, 0, small);
        NodeGroupInfo gpu = group("gpu", 0, 10, 0, large)
                .withLabels(Map.of("accelerator", "gpu"))
                .withTaints(List.of(new Taint("gpu", "true", TaintEffect.NO_SCHEDULE)));
        List<PodInfo> pods = new ArrayList<>(burst(4, 1000, 1));
        pods.add(pod("train", 6000, 16).nodeSelector("accelerator", "gpu")
                .toleration(Toleration.exists("gpu")).unschedulable().build());

        ScaleUpDecision d = planner.plan(snapshot(pods, List.of(), List.of(general, gpu)), NOW);

        assertThat(d.scaleUps()).extracting(e -> e.nodeGroup() + "/" + e.offering() + "x" + e.count())
                .containsExactlyInAnyOrder("general/smallx2", "gpu/largex1");
    }

    @Test
    void maxNodesCapsTheDecisionAndTheRestWait() {
        ScaleUpDecision d = planner.plan(snapshot(burst(10, 2000, 1), List.of(), List.of(group("general", 0, 4, 1, small))), NOW);

        assertThat(d.scaleUps()).singleElement().satisfies(e -> {
            assertThat(e.count()).isEqualTo(3);
            assertThat(e.newSize()).isEqualTo(4);
        });
        assertThat(d.pending()).hasSize(7).allSatisfy(p -> {
            assertThat(p.impossible()).isFalse();
            assertThat(p.reason()).isEqualTo("waiting: general: at maxNodes");
        });
    }

    @Test
    void theClusterNodeCeilingHoldsAcrossGroups() {
        ScaleUpPlanner capped = new ScaleUpPlanner(ScaleUpSettings.DEFAULTS.withMaxClusterNodes(3));
        ScaleUpDecision d = capped.plan(snapshot(burst(10, 2000, 1), List.of(node("n1", "a", 100, 1)),
                List.of(group("a", 0, 10, 1, small), group("b", 0, 10, 0, small))), NOW);

        assertThat(d.nodesAdded()).isEqualTo(2);
        assertThat(d.pending()).hasSize(8).allSatisfy(p -> assertThat(p.reason()).contains("cluster node ceiling of 3 reached"));
    }

    @Test
    void theCostCeilingHolds() {
        ScaleUpPlanner capped = new ScaleUpPlanner(ScaleUpSettings.DEFAULTS.withMaxCostPerHour(new BigDecimal("0.35")));

        ScaleUpDecision d = capped.plan(snapshot(burst(10, 2000, 1), List.of(), List.of(group("general", 0, 10, 0, small))), NOW);

        assertThat(d.nodesAdded()).isEqualTo(3);
        assertThat(d.addedPricePerHour()).isEqualByComparingTo("0.30");
        assertThat(d.pending()).hasSize(7).allSatisfy(p -> assertThat(p.reason()).contains("cost ceiling of 0.35"));
    }

    @Test
    void aGroupCoolingDownWaitsAndOneThatCooledDownGrows() {
        NodeGroupInfo g = group("general", 0, 10, 1, small)
                .withPolicies(new ScaleUpPolicy(true, Duration.ofSeconds(60)), ScaleDownPolicy.DEFAULT)
                .withLastScaleUp(NOW.minusSeconds(30));
        var snap = snapshot(burst(1, 1000, 1), List.of(), List.of(g));

        ScaleUpDecision cooling = planner.plan(snap, NOW);
        ScaleUpDecision later = planner.plan(snap, NOW.plusSeconds(30));

        assertThat(cooling.scaleUps()).isEmpty();
        assertThat(cooling.pending()).singleElement().extracting(PendingPod::reason)
                .isEqualTo("waiting: general: cooling down until 2026-11-23T10:00:30Z");
        assertThat(later.nodesAdded()).isEqualTo(1);
    }

    @Test
    void aDisabledGroupDoesNotGrow() {
        NodeGroupInfo g = group("general", 0, 10, 0, small).withPolicies(new ScaleUpPolicy(false, Duration.ZERO), ScaleDownPolicy.DEFAULT);

        ScaleUpDecision d = planner.plan(snapshot(burst(1, 1000, 1), List.of(), List.of(g)), NOW);

        assertThat(d.scaleUps()).isEmpty();
        assertThat(d.pending()).singleElement().extracting(PendingPod::reason).isEqualTo("waiting: general: scale-up disabled");
    }

    @Test
    void antiAffinityOnTheHostnameSpreadsPodsOnePerNode() {
        AntiAffinityTerm spread = AntiAffinityTerm.sameNamespace(LabelSelector.of(Map.of("app", "zk")));
        List<PodInfo> zk = IntStream.range(0, 3).mapToObj(i -> pod("zk-" + i, 100, 1).label("app", "zk")
                .antiAffinity(spread).unschedulable().build()).toList();

        ScaleUpDecision d = planner.plan(snapshot(zk, List.of(), List.of(group("general", 0, 10, 0, small))), NOW);

        assertThat(d.scaleUps()).singleElement().extracting(ScaleUpEntry::count).isEqualTo(3);
    }

    @Test
    void firstFitDecreasingPacksMixedSizesTightly() {
        List<PodInfo> pods = new ArrayList<>();
        // 6 pods of 1200m and 6 of 800m: first-fit decreasing pairs one of each per 2-CPU node
        for (int i = 0; i < 6; i++) {
            pods.add(pending("s" + i, 800, 1));
            pods.add(pending("b" + i, 1200, 1));
        }

        ScaleUpDecision d = planner.plan(snapshot(pods, List.of(), List.of(group("general", 0, 20, 0, small))), NOW);

        assertThat(d.nodesAdded()).isEqualTo(6);
    }

    @Test
    void theSameInputGivesTheSameDecision() {
        var snap = snapshot(burst(40, 700, 3), List.of(), List.of(group("a", 0, 50, 0, small, large), group("b", 0, 50, 0, large)));

        assertThat(planner.plan(snap, NOW)).isEqualTo(planner.plan(snap, NOW));
    }
}
