package io.provctl.operator.nodegroup;

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
    void trimKeepsTheEarliestAskedForWithinTheRoomLeft() {
        List<OfferingCount> pending = List.of(new OfferingCount("local.large", 2), new OfferingCount("local.small", 2));

        assertThat(PendingOfferings.trim(pending, 3))
                .containsExactly(new OfferingCount("local.large", 2), new OfferingCount("local.small", 1));
        assertThat(PendingOfferings.trim(pending, 0)).isEmpty();
        assertThat(PendingOfferings.trim(pending, -2)).isEmpty();
    }
}
