package io.provctl.operator.nodegroup;

import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.settings.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScalingPlannerTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Settings DEFAULTS = Settings.defaults();

    private static MemberNode member(String name, ManagedNodePhase phase, int minutesAgo) {
        return new MemberNode(name, phase, NOW.minus(Duration.ofMinutes(minutesAgo)), false);
    }

    @Test
    void targetIsTheWishClampedToTheBounds() {
        assertThat(ScalingPlanner.target(Optional.empty(), 2, 5)).isEqualTo(2);
        assertThat(ScalingPlanner.target(Optional.of(9), 2, 5)).isEqualTo(5);
        assertThat(ScalingPlanner.target(Optional.of(0), 2, 5)).isEqualTo(2);
        assertThat(ScalingPlanner.target(Optional.of(3), 2, 5)).isEqualTo(3);
    }

    @Test
    void scaleUpUsesTheLowestFreeNames() {
        ScalingDecision d = ScalingPlanner.decide("web", 3, List.of(member("web-2", ManagedNodePhase.READY, 5)), 1,
                DEFAULTS, Optional.empty(), Optional.empty(), NOW);

        assertThat(d).isEqualTo(new ScalingDecision.ScaleUp(List.of("web-1", "web-3")));
    }

    @Test
    void scaleUpIsLimitedByConcurrencyAndTheClusterCap() {
        Settings tight = new Settings(Duration.ZERO, Duration.ZERO, 2, 5, 3, Duration.ofMinutes(10),
                Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(30), Map.of(), List.of());

        assertThat(ScalingPlanner.decide("web", 10, List.of(), 0, tight, Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(new ScalingDecision.ScaleUp(List.of("web-1", "web-2")));
        assertThat(ScalingPlanner.decide("web", 10, List.of(), 3, tight, Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(ScalingDecision.Hold.class);
    }

    @Test
    void scaleDownRemovesNodesNotServingFirstThenTheNewest() {
        List<MemberNode> members = List.of(member("web-1", ManagedNodePhase.READY, 30),
                member("web-2", ManagedNodePhase.READY, 10), member("web-3", ManagedNodePhase.PROVISIONING, 60));

        assertThat(ScalingPlanner.decide("web", 1, members, 3, DEFAULTS, Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(new ScalingDecision.ScaleDown(List.of("web-3", "web-2")));
    }

    @Test
    void cooldownHoldsAScaleUp() {
        Settings cooling = new Settings(Duration.ofMinutes(5), Duration.ZERO, 10, 5, 100, Duration.ofMinutes(10),
                Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(30), Map.of(), List.of());

        assertThat(ScalingPlanner.decide("web", 2, List.of(), 0, cooling, Optional.of(NOW.minusSeconds(60)),
                Optional.empty(), NOW)).isEqualTo(new ScalingDecision.Hold("scale-up cooldown"));
    }

    @Test
    void nodesBeingDeletedDoNotCount() {
        List<MemberNode> members = List.of(new MemberNode("web-1", ManagedNodePhase.TERMINATING, NOW, true));

        assertThat(ScalingPlanner.decide("web", 1, members, 1, DEFAULTS, Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(new ScalingDecision.ScaleUp(List.of("web-2")));
    }
}
