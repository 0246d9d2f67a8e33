package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import io.provctl.provider.CapacityType;
import io.provctl.rightsizing.placement.SpotNodes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName.ON_DEMAND;
import static io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName.SPOT;
import static org.assertj.core.api.Assertions.assertThat;

class SpotSplitTest {

    @Test
    void spotFillsUpToTheFloorOfTheShareOfTheGroupOnceTheNewNodesExist() {
        assertThat(SpotSplit.spotCount(0, 0, 5, 60)).isEqualTo(3);
        assertThat(SpotSplit.spotCount(0, 0, 5, 80)).isEqualTo(4);
        assertThat(SpotSplit.spotCount(0, 0, 1, 80)).as("floor(0.8) = 0").isZero();
        assertThat(SpotSplit.spotCount(0, 0, 3, 50)).as("floor(1.5) = 1").isEqualTo(1);
        assertThat(SpotSplit.spotCount(0, 0, 4, 100)).isEqualTo(4);
        assertThat(SpotSplit.spotCount(0, 0, 4, 0)).isZero();
    }

    @Test
    void existingSpotMembersCountFirst() {
        assertThat(SpotSplit.spotCount(3, 3, 2, 60)).as("5 nodes at 60 %: 3 spot already").isZero();
        assertThat(SpotSplit.spotCount(3, 0, 2, 60)).as("3 on-demand members leave room for 3 spot").isEqualTo(2);
        assertThat(SpotSplit.spotCount(4, 4, 1, 50)).as("never negative when members exceed the share").isZero();
    }

    @Test
    void scalingUpInBatchesKeepsTheShareAtEveryStepAndEndsAtTheSameSplit() {
        int existing = 0;
        int spot = 0;
        for (int batch : new int[] {2, 2, 1}) {
            int added = SpotSplit.spotCount(existing, spot, batch, 60);
            existing += batch;
            spot += added;
            assertThat(spot * 100).isLessThanOrEqualTo(existing * 60);
        }
        assertThat(spot).isEqualTo(3);
    }

    @Test
    void assignsSpotToTheFirstNamesAndOnDemandWhenDisabledOrOmitted() {
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(60);
        List<String> names = List.of("web-1", "web-2", "web-3", "web-4", "web-5");

        assertThat(SpotSplit.assign(names, 0, 0, spot).values()).containsExactly(SPOT, SPOT, SPOT, ON_DEMAND, ON_DEMAND);
        assertThat(SpotSplit.assign(names, 0, 0, null).values()).containsOnly(ON_DEMAND);
        spot.setMaxSpotPercentage(null);
        assertThat(SpotSplit.assign(names, 0, 0, spot).values()).as("default 80 %").filteredOn(SPOT::equals).hasSize(4);
        spot.setEnabled(false);
        assertThat(SpotSplit.assign(names, 0, 0, spot).values()).containsOnly(ON_DEMAND);
    }

    @Test
    void nodesForPodsThatDoNotTolerateSpotAreOnDemandAndStillCountTowardTheShare() {
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(80);
        List<String> names = List.of("web-1", "web-2", "web-3");

        assertThat(SpotSplit.assign(names, Set.of("web-1", "web-2", "web-3"), 0, 0, spot).values())
                .containsOnly(ON_DEMAND);
        assertThat(SpotSplit.assign(names, Set.of("web-1"), 0, 0, spot))
                .as("floor(3 x 0.8) = 2: the on-demand node leaves room for two spot")
                .containsExactly(Map.entry("web-1", ON_DEMAND), Map.entry("web-2", SPOT), Map.entry("web-3", SPOT));
        assertThat(SpotSplit.assign(names, Set.of("web-2"), 2, 0, spot))
                .as("5 nodes at 80 %: 4 spot allowed, 2 of them free")
                .containsExactly(Map.entry("web-1", SPOT), Map.entry("web-2", ON_DEMAND), Map.entry("web-3", SPOT));
        assertThat(SpotSplit.assign(names, Set.of("web-3"), 2, 2, spot))
                .as("5 nodes at 80 %: 4 spot allowed, 2 already spot")
                .containsExactly(Map.entry("web-1", SPOT), Map.entry("web-2", SPOT), Map.entry("web-3", ON_DEMAND));
        assertThat(SpotSplit.assign(names, Set.of("web-1"), 0, 0, null).values()).containsOnly(ON_DEMAND);
    }

    @Test
    void onDemandNodesOfOneScaleUpMakeRoomForSpotInTheNext() {
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(80);

        // 3 on-demand nodes for intolerant pods, then 2 nodes for tolerant ones: floor(5 x 0.8) = 4 allow both.
        assertThat(SpotSplit.assign(List.of("web-4", "web-5"), Set.of(), 3, 0, spot).values())
                .containsOnly(SPOT);
    }

    @Test
    void fallbackDefaultsToOnDemandAndTheLabelsAreTheOnesRightsizingSelects() {
        assertThat(SpotSplit.fallbackToOnDemand(null)).isTrue();
        assertThat(SpotSplit.fallbackToOnDemand(new SpotConfig())).isTrue();
        SpotConfig off = new SpotConfig();
        off.setFallbackToOnDemand(false);
        assertThat(SpotSplit.fallbackToOnDemand(off)).isFalse();
        assertThat(CapacityType.SPOT.label()).isEqualTo(SpotNodes.LABEL_VALUE).isEqualTo(SpotNodes.TAINT_VALUE);
        assertThat(CapacityTypeName.SPOT.toDomain()).isEqualTo(CapacityType.SPOT);
        assertThat(CapacityTypeName.of(CapacityType.ON_DEMAND)).isEqualTo(ON_DEMAND);
    }
}
