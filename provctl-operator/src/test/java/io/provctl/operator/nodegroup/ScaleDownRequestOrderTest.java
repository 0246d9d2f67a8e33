package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.settings.Settings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A ManagedNode the autoscaler marked goes before the default order (not serving, then newest). */
class ScaleDownRequestOrderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theMarkedMemberIsRemovedFirstEvenWhenOlderAndReady() {
        MemberNode old = new MemberNode("web-1", ManagedNodePhase.READY, NOW.minusSeconds(600), false, true);
        MemberNode fresh = new MemberNode("web-2", ManagedNodePhase.PROVISIONING, NOW, false);

        ScalingDecision d = ScalingPlanner.decide("web", 1, List.of(old, fresh), 2, Settings.defaults(),
                Optional.empty(), Optional.empty(), NOW);

        assertThat(d).isEqualTo(new ScalingDecision.ScaleDown(List.of("web-1")));
    }

    @Test
    void withoutAMarkTheDefaultOrderStands() {
        MemberNode old = new MemberNode("web-1", ManagedNodePhase.READY, NOW.minusSeconds(600), false);
        MemberNode fresh = new MemberNode("web-2", ManagedNodePhase.PROVISIONING, NOW, false);

        assertThat(ScalingPlanner.removalOrder(List.of(old, fresh))).extracting(MemberNode::name)
                .containsExactly("web-2", "web-1");
    }
}
