package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingCapacity;
import io.provctl.operator.api.v1alpha1.nodegroup.SpotConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PendingOfferingsTest {

    private static final Set<String> OFFERED = Set.of("local.small", "local.large");

    @Test
    void pendingOfferingsAreUsedInOrderThenThePreferredOne() {
        PendingOfferings.Assignment a = PendingOfferings.assign(List.of("web-1", "web-2", "web-3", "web-4"),
                List.of(new OfferingCount("local.large", 2), new OfferingCount("local.small", 1)), OFFERED,
                "local.small");

        assertThat(a.instanceTypes()).containsExactly(Map.entry("web-1", "local.large"),
                Map.entry("web-2", "local.large"), Map.entry("web-3", "local.small"), Map.entry("web-4", "local.small"));
        assertThat(a.left()).isEmpty();
    }

    @Test
    void whatAPartialScaleUpLeavesStaysPendingForTheNextOne() {
        PendingOfferings.Assignment a = PendingOfferings.assign(List.of("web-1"),
                List.of(new OfferingCount("local.large", 3)), OFFERED, "local.small");

        assertThat(a.instanceTypes()).containsExactly(Map.entry("web-1", "local.large"));
        assertThat(a.left()).containsExactly(new OfferingCount("local.large", 2));
    }

    @Test
    void anOfferingTheGroupNoLongerListsIsDropped() {
        PendingOfferings.Assignment a = PendingOfferings.assign(List.of("web-1"),
                List.of(new OfferingCount("local.xlarge", 1), new OfferingCount("local.large", 1)), OFFERED,
                "local.small");

        assertThat(a.instanceTypes()).containsExactly(Map.entry("web-1", "local.large"));
        assertThat(a.left()).isEmpty();
    }

    @Test
    void nodesFromOnDemandEntriesAreNamedAndTheRestAreNot() {
        PendingOfferings.Assignment a = PendingOfferings.assign(List.of("web-1", "web-2", "web-3", "web-4", "web-5"),
                List.of(new OfferingCount("local.large", 1, PendingCapacity.SPOT_ALLOWED),
                        new OfferingCount("local.small", 2, PendingCapacity.ON_DEMAND),
                        new OfferingCount("local.large", 1)), OFFERED, "local.small");

        assertThat(a.instanceTypes()).containsExactly(Map.entry("web-1", "local.large"),
                Map.entry("web-2", "local.small"), Map.entry("web-3", "local.small"), Map.entry("web-4", "local.large"),
                Map.entry("web-5", "local.small"));
        assertThat(a.onDemand()).containsExactly("web-2", "web-3");
        assertThat(a.left()).isEmpty();
    }

    @Test
    void mixedEntriesThroughTheSpotSplitAsTheReconcilerDoes() {
        SpotConfig spot = new SpotConfig();
        spot.setEnabled(true);
        spot.setMaxSpotPercentage(80);
        List<String> names = List.of("web-1", "web-2", "web-3", "web-4");
        PendingOfferings.Assignment a = PendingOfferings.assign(names,
                List.of(new OfferingCount("local.small", 3, PendingCapacity.ON_DEMAND),
                        new OfferingCount("local.large", 1, PendingCapacity.SPOT_ALLOWED)), OFFERED, "local.small");

        // An empty group growing to 4 at 80 % may hold 3 spot; only web-4 is free to be one.
        assertThat(SpotSplit.assign(names, a.onDemand(), 0, 0, spot)).containsExactly(
                Map.entry("web-1", CapacityTypeName.ON_DEMAND), Map.entry("web-2", CapacityTypeName.ON_DEMAND),
                Map.entry("web-3", CapacityTypeName.ON_DEMAND), Map.entry("web-4", CapacityTypeName.SPOT));
        // Without a pending entry (minNodes, desiredNodes set by hand) the split alone decides.
        PendingOfferings.Assignment none = PendingOfferings.assign(names, List.of(), OFFERED, "local.small");
        assertThat(none.onDemand()).isEmpty();
        assertThat(SpotSplit.assign(names, none.onDemand(), 0, 0, spot).values())
                .filteredOn(CapacityTypeName.SPOT::equals).hasSize(3);
    }

    @Test
    void whatIsLeftOfAnOnDemandEntryStaysOnDemand() {
        PendingOfferings.Assignment a = PendingOfferings.assign(List.of("web-1"),
                List.of(new OfferingCount("local.small", 3, PendingCapacity.ON_DEMAND),
                        new OfferingCount("local.large", 1, PendingCapacity.SPOT_ALLOWED)), OFFERED, "local.small");

        assertThat(a.onDemand()).containsExactly("web-1");
        assertThat(a.left()).containsExactly(new OfferingCount("local.small", 2, PendingCapacity.ON_DEMAND),
                new OfferingCount("local.large", 1, PendingCapacity.SPOT_ALLOWED));
        assertThat(PendingOfferings.trim(a.left(), 1))
                .containsExactly(new OfferingCount("local.small", 1, PendingCapacity.ON_DEMAND));
    }

    @Test
    void trimKeepsTheEarliestAskedForWithinTheRoomLeft() {
        List<OfferingCount> pending = List.of(new OfferingCount("local.large", 2), new OfferingCount("local.small", 2));

        assertThat(PendingOfferings.trim(pending, 3))
                .containsExactly(new OfferingCount("local.large", 2), new OfferingCount("local.small", 1));
        assertThat(PendingOfferings.trim(pending, 0)).isEmpty();
        assertThat(PendingOfferings.trim(pending, -2)).isEmpty();
    }
}
