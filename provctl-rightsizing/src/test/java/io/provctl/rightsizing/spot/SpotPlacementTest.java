package io.provctl.rightsizing.spot;

import io.provctl.rightsizing.placement.NodeSelectorRequirement;
import io.provctl.rightsizing.placement.PodPlacement;
import io.provctl.rightsizing.placement.PreferredSchedulingTerm;
import io.provctl.rightsizing.placement.SpotNodes;
import io.provctl.rightsizing.placement.Toleration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** How existing tolerations and preferences are read: what already counts as tolerating or preferring spot. */
class SpotPlacementTest {

    @Test
    void anExistsTolerationOfTheKeyOrOfEverythingToleratesSpot() {
        assertThat(placement(new Toleration(SpotNodes.TAINT_KEY, "Exists", "", "", OptionalLong.empty()))
                .toleratesSpot()).isTrue();
        assertThat(placement(new Toleration("", "Exists", "", "", OptionalLong.empty())).toleratesSpot()).isTrue();
        assertThat(placement(new Toleration(SpotNodes.TAINT_KEY, "Equal", "spot", "NoExecute", OptionalLong.empty()))
                .toleratesSpot()).as("another effect").isFalse();
        assertThat(placement(new Toleration(SpotNodes.TAINT_KEY, "Equal", "on-demand", "", OptionalLong.empty()))
                .toleratesSpot()).as("another value").isFalse();
    }

    @Test
    void aPreferenceCountsOnlyWhenItAsksForSpotAlone() {
        PreferredSchedulingTerm spotAndZone = new PreferredSchedulingTerm(50, List.of(
                new NodeSelectorRequirement(SpotNodes.LABEL_KEY, "In", List.of("spot")),
                new NodeSelectorRequirement("zone", "In", List.of("a"))), List.of());
        assertThat(new PodPlacement(List.of(), List.of(spotAndZone)).prefersSpot()).isFalse();
        assertThat(new PodPlacement(List.of(), List.of(SpotNodes.preference())).prefersSpot()).isTrue();
    }

    @Test
    void withSpotAddsOnlyWhatIsMissing() {
        PodPlacement tolerating = placement(SpotNodes.toleration());
        assertThat(tolerating.withSpot().tolerations()).containsExactly(SpotNodes.toleration());
        assertThat(tolerating.withSpot().preferredNodeAffinity()).containsExactly(SpotNodes.preference());
        assertThat(tolerating.withSpot().withSpot()).isEqualTo(tolerating.withSpot());
    }

    @Test
    void aPreferenceIsNeverARequirementAndWeighsTheMost() {
        assertThat(SpotNodes.preference().weight()).isEqualTo(100);
        assertThat(SpotNodes.toleration().toString()).isEqualTo("node.provctl.io/capacity-type=spot:NoSchedule");
    }

    @Test
    void theAssumedRatioIsTheCostEnginesDefault() {
        assertThat(SpotRatio.assumedDefault().ratio()).isEqualByComparingTo("0.30");
        assertThat(SpotRatio.assumedDefault().assumed()).isTrue();
        assertThat(SpotRatio.assumedDefault().basis()).startsWith("estimated with a 70% default spot discount");
    }

    private static PodPlacement placement(Toleration t) {
        return new PodPlacement(List.of(t), List.of());
    }
}
