package io.provctl.autoscaler.scaledown;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.LabelSelector;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PdbInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.VolumeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.provctl.autoscaler.testsupport.Fixtures.NOW;
import static io.provctl.autoscaler.testsupport.Fixtures.group;
import static io.provctl.autoscaler.testsupport.Fixtures.node;
import static io.provctl.autoscaler.testsupport.Fixtures.offering;
import static io.provctl.autoscaler.testsupport.Fixtures.pod;
import static io.provctl.autoscaler.testsupport.Fixtures.running;
import static io.provctl.autoscaler.testsupport.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class ScaleDownPlannerTest {

    private final Offering m = offering("m", 4000, 16, "0.20");
    private final ScaleDownPlanner planner = new ScaleDownPlanner(ScaleDownSettings.DEFAULTS);

    /** busy (70 %) and idle (10 %) in group g of three nodes, min 1: idle's pod fits on busy. */
    private ClusterSnapshot busyAndIdle(PodInfo onIdle, List<PdbInfo> pdbs, NodeInfo idle) {
        List<PodInfo> pods = List.of(running("big", "busy", 2800, 4), onIdle);
        return snapshot(pods, List.of(node("busy", "g", 4000, 16), idle), pdbs, List.of(group("g", 1, 5, 2, m)));
    }

    private ScaleDownDecision plan(ClusterSnapshot s) {
        return planner.plan(s, UnneededHistory.withoutHistory(), NOW);
    }

    @Test
    void anIdleNodeIsRemovedAndItsPodsMoved() {
        ScaleDownDecision d = plan(busyAndIdle(running("small", "idle", 400, 1), List.of(), node("idle", "g", 4000, 16)));

        assertThat(d.removals()).singleElement().satisfies(r -> {
            assertThat(r.node()).isEqualTo("idle");
            assertThat(r.utilization()).isEqualByComparingTo("0.1");
            assertThat(r.empty()).isFalse();
            assertThat(r.moves()).containsExactly(new PodMove("default/small", "busy"));
        });
        assertThat(d.blocked()).isEmpty();
    }

    @Test
    void daemonSetAndMirrorPodsNeitherBlockNorMove() {
        List<PodInfo> pods = List.of(
                pod("ds", 100, 1).owner("DaemonSet").volume(VolumeKind.HOST_PATH).nodeName("idle").build(),
                PodInfo.builder("kube-system", "kube-proxy-idle").annotation(PodInfo.MIRROR_ANNOTATION, "x").nodeName("idle").build());
        ClusterSnapshot s = snapshot(pods, List.of(node("idle", "g", 4000, 16), node("other", "g", 4000, 16)),
                List.of(group("g", 0, 5, 2, m)));

        ScaleDownDecision d = plan(s);

        assertThat(d.removals()).extracting(Removal::node).containsExactlyInAnyOrder("idle", "other");
        assertThat(d.removals()).filteredOn(r -> r.node().equals("idle")).singleElement().satisfies(r -> {
            assertThat(r.empty()).isTrue();
            assertThat(r.moves()).isEmpty();
        });
    }

    @Test
    void aBusyNodeIsNotACandidate() {
        ClusterSnapshot s = snapshot(List.of(running("a", "n1", 1000, 9)), List.of(node("n1", "g", 4000, 16)),
                List.of(group("g", 0, 5, 1, m)));

        assertThat(plan(s).removals()).isEmpty();
        assertThat(plan(s).unneededSince()).isEmpty();
    }

    @Test
    void aNodeMustBeUnneededLongEnough() {
        ClusterSnapshot s = snapshot(List.of(), List.of(node("n1", "g", 4000, 16)), List.of(group("g", 0, 5, 1, m)));

        ScaleDownDecision first = planner.plan(s, UnneededHistory.none(), NOW);
        ScaleDownDecision early = planner.plan(s, UnneededHistory.of(first.unneededSince()), NOW.plusSeconds(599));
        ScaleDownDecision due = planner.plan(s, UnneededHistory.of(first.unneededSince()), NOW.plusSeconds(600));

        assertThat(first.removals()).isEmpty();
        assertThat(first.unneededSince()).containsEntry("n1", NOW);
        assertThat(early.removals()).isEmpty();
        assertThat(due.removals()).extracting(Removal::node).containsExactly("n1");
    }

    @Test
    void aRecentScaleUpHoldsScaleDownBack() {
        NodeGroupInfo g = group("g", 0, 5, 1, m).withLastScaleUp(NOW.minusSeconds(300));
        ClusterSnapshot s = snapshot(List.of(), List.of(node("n1", "g", 4000, 16)), List.of(g));

        ScaleDownDecision d = plan(s);

        assertThat(d.removals()).isEmpty();
        assertThat(d.heldBack()).hasValue("a scale-up at 2026-11-23T09:55:00Z holds scale-down until 2026-11-23T10:05:00Z");
        assertThat(planner.plan(s, UnneededHistory.withoutHistory(), NOW.plusSeconds(300)).removals()).hasSize(1);
    }

    @Test
    void theGroupStaysAtItsMinimum() {
        ClusterSnapshot s = snapshot(List.of(), List.of(node("a", "g", 4000, 16), node("b", "g", 4000, 16)),
                List.of(group("g", 1, 5, 2, m)));

        ScaleDownDecision d = plan(s);

        assertThat(d.removals()).extracting(Removal::node).containsExactly("a");
        assertThat(d.blocked()).singleElement().satisfies(b -> {
            assertThat(b.node()).isEqualTo("b");
            assertThat(b.reason()).isEqualTo(BlockReason.MIN_NODES);
        });
    }

    @Test
    void aNodeWithoutAGroupIsNeverRemoved() {
        NodeInfo loose = NodeInfo.ready("loose", node("x", "g", 4000, 16).allocatable(), Map.of());
        ClusterSnapshot s = snapshot(List.of(), List.of(loose), List.of(group("g", 0, 5, 0, m)));

        assertThat(plan(s).removals()).isEmpty();
    }

    @Test
    void onlyOneNonEmptyNodeAndTenEmptyNodesGoPerPass() {
        List<NodeInfo> nodes = new ArrayList<>();
        List<PodInfo> pods = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(node("empty-" + i, "g", 4000, 16));
        }
        for (int i = 0; i < 3; i++) {
            nodes.add(node("light-" + i, "g", 4000, 16));
            pods.add(running("p" + i, "light-" + i, 500, 1));
        }
        nodes.add(node("busy", "g", 4000, 16));
        pods.add(running("big", "busy", 3000, 2));

        ScaleDownDecision d = plan(snapshot(pods, nodes, List.of(group("g", 0, 20, nodes.size(), m))));

        assertThat(d.removals().stream().filter(Removal::empty)).hasSize(10);
        assertThat(d.removals().stream().filter(r -> !r.empty())).hasSize(1);
    }

    @Test
    void podsMovedEarlierInThePassAreCounted() {
        ScaleDownPlanner generous = new ScaleDownPlanner(new ScaleDownSettings(java.time.Duration.ofMinutes(10), 10, 10));
        List<PodInfo> pods = List.of(running("big", "busy", 2500, 2), running("a", "n1", 1000, 1), running("b", "n2", 1000, 1));
        ClusterSnapshot s = snapshot(pods, List.of(node("busy", "g", 4000, 16), node("n1", "g", 4000, 16),
                node("n2", "g", 4000, 16)), List.of(group("g", 0, 5, 3, m)));

        ScaleDownDecision d = generous.plan(s, UnneededHistory.withoutHistory(), NOW);

        // busy has room for one 1000m pod: n1's pod goes there, then n2's fits nowhere but n1, already removed
        assertThat(d.removals()).extracting(Removal::node).containsExactly("n1");
        assertThat(d.blocked()).singleElement().satisfies(b -> {
            assertThat(b.node()).isEqualTo("n2");
            assertThat(b.reason()).isEqualTo(BlockReason.NO_PLACE);
            assertThat(b.pod()).hasValue("default/b");
        });
    }

    @Test
    void scaleDownDisabledOnTheNodeBlocksIt() {
        ScaleDownDecision d = plan(busyAndIdle(running("small", "idle", 400, 1), List.of(),
                node("idle", "g", 4000, 16).withAnnotation(NodeInfo.SCALE_DOWN_DISABLED, "true")));

        assertThat(d.removals()).isEmpty();
        assertThat(d.blocked()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(BlockReason.SCALE_DOWN_DISABLED);
            assertThat(b.pod()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(value = BlockReason.class, names = {"PDB", "LOCAL_STORAGE", "NOT_REPLICATED", "KUBE_SYSTEM", "SAFE_TO_EVICT_FALSE"})
    void eachPodBlockerKeepsTheNode(BlockReason reason) {
        PodInfo.Builder b = switch (reason) {
            case KUBE_SYSTEM -> PodInfo.builder("kube-system", "small").owner("ReplicaSet").container(400, 1L << 30);
            default -> pod("small", 400, 1).label("app", "small");
        };
        List<PdbInfo> pdbs = List.of();
        switch (reason) {
            case PDB -> pdbs = List.of(new PdbInfo("default", "small", LabelSelector.of(Map.of("app", "small")), 0));
            case LOCAL_STORAGE -> b.volume(VolumeKind.EMPTY_DIR);
            case NOT_REPLICATED -> b = PodInfo.builder("default", "small").container(400, 1L << 30);
            case SAFE_TO_EVICT_FALSE -> b.annotation(PodInfo.SAFE_TO_EVICT, "false");
            default -> { }
        }

        ScaleDownDecision d = plan(busyAndIdle(b.nodeName("idle").build(), pdbs, node("idle", "g", 4000, 16)));

        assertThat(d.removals()).isEmpty();
        assertThat(d.blocked()).singleElement().satisfies(x -> {
            assertThat(x.node()).isEqualTo("idle");
            assertThat(x.reason()).isEqualTo(reason);
            assertThat(x.pod()).get().asString().endsWith("/small");
        });
    }

    @Test
    void aPdbWithRoomLetsOnePodGoAndCountsIt() {
        ScaleDownPlanner generous = new ScaleDownPlanner(new ScaleDownSettings(java.time.Duration.ofMinutes(10), 10, 10));
        PdbInfo pdb = new PdbInfo("default", "web", LabelSelector.of(Map.of("app", "web")), 1);
        List<PodInfo> pods = List.of(running("big", "busy", 2500, 2),
                pod("web-1", 300, 1).label("app", "web").nodeName("n1").build(),
                pod("web-2", 300, 1).label("app", "web").nodeName("n2").build());
        ClusterSnapshot s = snapshot(pods, List.of(node("busy", "g", 4000, 16), node("n1", "g", 4000, 16),
                node("n2", "g", 4000, 16)), List.of(pdb), List.of(group("g", 0, 5, 3, m)));

        ScaleDownDecision d = generous.plan(s, UnneededHistory.withoutHistory(), NOW);

        assertThat(d.removals()).hasSize(1);
        assertThat(d.blocked()).singleElement().extracting(BlockedNode::reason).isEqualTo(BlockReason.PDB);
    }

    @Test
    void safeToEvictTrueWaivesLocalStorageButNotAPdb() {
        PodInfo local = pod("small", 400, 1).volume(VolumeKind.EMPTY_DIR).annotation(PodInfo.SAFE_TO_EVICT, "true")
                .nodeName("idle").build();

        assertThat(plan(busyAndIdle(local, List.of(), node("idle", "g", 4000, 16))).removals()).hasSize(1);
        assertThat(EvictionRules.blocker(local, List.of(new PdbInfo("default", "all", LabelSelector.EVERYTHING, 0)), Map.of()))
                .isEqualTo(Optional.of(BlockReason.PDB));
    }
}
