package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.NodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.provctl.autoscaler.testsupport.Fixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;

class TemplatePackerTest {

    private static final long MI = 1L << 20;
    private final NodeInfo m5xlarge = NodeInfo.ready("t", new Resources(3920, 14162 * MI, Resources.UNLIMITED, 58), Map.of());

    private static List<PodInfo> random(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PodInfo> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pods.add(PodInfo.builder("default", "p" + i).owner("ReplicaSet")
                    .container(100 + 50L * r.nextInt(39), (128 + 64L * r.nextInt(60)) * MI).unschedulable().build());
        }
        return pods;
    }

    /** The textbook first fit, scanning every open node: what the tree must reproduce exactly. */
    private static int naiveNodeCount(NodeInfo template, List<PodInfo> order, int max) {
        List<NodeState> open = new ArrayList<>();
        for (PodInfo p : order) {
            NodeState target = open.stream().filter(n -> n.hasRoomFor(p.requests())).findFirst().orElse(null);
            if (target == null && open.size() < max) {
                target = new NodeState(template);
                open.add(target);
            }
            if (target != null) {
                target.add(p);
            }
        }
        return open.size();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theTreeFindsTheSameFirstFitAsAScan(long seed) {
        Resources cap = m5xlarge.allocatable();
        List<PodInfo> order = TemplatePacker.decreasing(random(500, seed), p -> TemplatePacker.share(p.requests(), cap));

        assertThat(TemplatePacker.firstFit(m5xlarge, order, 10_000).nodeCount()).isEqualTo(naiveNodeCount(m5xlarge, order, 10_000));
        assertThat(TemplatePacker.firstFit(m5xlarge, order, 20).nodeCount()).isEqualTo(naiveNodeCount(m5xlarge, order, 20));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void packingKeepsTheBetterOfTwoOrders(long seed) {
        Resources cap = m5xlarge.allocatable();
        List<PodInfo> pods = random(800, seed);
        int byMax = naiveNodeCount(m5xlarge, TemplatePacker.decreasing(pods, p -> TemplatePacker.share(p.requests(), cap)), 10_000);
        int bySum = naiveNodeCount(m5xlarge, TemplatePacker.decreasing(pods, p -> TemplatePacker.shareSum(p.requests(), cap)), 10_000);

        assertThat(TemplatePacker.pack(m5xlarge, pods, 10_000).nodeCount()).isEqualTo(Math.min(byMax, bySum));
    }

    @Test
    void packingStaysCloseToTheLowerBound() {
        List<PodInfo> pods = random(2000, 11);
        long cpu = pods.stream().mapToLong(p -> p.requests().cpuMillis()).sum();
        long mem = pods.stream().mapToLong(p -> p.requests().memoryBytes()).sum();
        Resources cap = m5xlarge.allocatable();
        long lowerBound = Math.max((cpu + cap.cpuMillis() - 1) / cap.cpuMillis(), (mem + cap.memoryBytes() - 1) / cap.memoryBytes());

        TemplatePacker.Packing packing = TemplatePacker.pack(m5xlarge, pods, 10_000);

        assertThat(packing.packed()).hasSize(2000);
        assertThat(packing.nodeCount()).isBetween((int) lowerBound, (int) (lowerBound * 1.06));
    }

    @Test
    void theLimitLeavesPodsUnpackedAndThePodCountIsRespected() {
        NodeInfo fourPods = NodeInfo.ready("t", new Resources(64_000, 64L << 30, Resources.UNLIMITED, 4), Map.of());
        List<PodInfo> pods = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pods.add(pending("p" + i, 100, 1));
        }

        TemplatePacker.Packing packing = TemplatePacker.pack(fourPods, pods, 2);

        assertThat(packing.nodeCount()).isEqualTo(2);
        assertThat(packing.packed()).hasSize(8);
        assertThat(packing.requested()).isEqualTo(new Resources(800, 8L << 30, 0, 8));
    }
}
