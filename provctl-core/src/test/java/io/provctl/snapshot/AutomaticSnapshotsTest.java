package io.provctl.snapshot;

import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.SourcePosition;
import io.provctl.plan.Plan;
import io.provctl.plan.Planner;
import io.provctl.store.StateView;
import io.provctl.testsupport.Specs;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.provctl.testsupport.Specs.cluster;
import static io.provctl.testsupport.Specs.pool;
import static org.assertj.core.api.Assertions.assertThat;

class AutomaticSnapshotsTest {

    private static final ClusterSpec V128 = cluster("prod", pool("a", "local.small", 1, 3, 1));
    private static final ClusterSpec V129 = new ClusterSpec("prod", "local", "local-1", Specs.network(),
            Specs.controlPlane("1.29"), List.of(pool("a", "local.small", 1, 3, 1)), Map.of("team", "platform"),
            new SourcePosition("t", 1, 1));
    private static final StateView RECORDED = States.recorded(DesiredState.of(List.of(V128)));

    private static Plan plan(ClusterSpec to) {
        return new Planner(States.CLOCK).plan(DesiredState.of(List.of(to)), RECORDED, List.of());
    }

    @Test
    void anUpgradeTakesPreUpgradeInsteadOfPreApply() {
        assertThat(AutomaticSnapshots.before(plan(V129), false, SnapshotPolicy.defaults())).contains(SnapshotTrigger.PRE_UPGRADE);
        assertThat(AutomaticSnapshots.before(plan(cluster("prod", pool("a", "local.small", 1, 3, 2))), false,
                SnapshotPolicy.defaults())).contains(SnapshotTrigger.PRE_APPLY);
    }

    @Test
    void destroyTakesPreDeleteAndAnEmptyPlanNothing() {
        Plan destroy = new Planner(States.CLOCK).plan(DesiredState.empty(), RECORDED, List.of());

        assertThat(AutomaticSnapshots.before(destroy, true, SnapshotPolicy.defaults())).contains(SnapshotTrigger.PRE_DELETE);
        assertThat(AutomaticSnapshots.before(plan(V128), false, SnapshotPolicy.defaults())).isEmpty();
    }

    @Test
    void thePolicyCanTurnEachTriggerOff() {
        SnapshotPolicy onlyApply = new SnapshotPolicy(EnumSet.of(SnapshotTrigger.PRE_APPLY), RetentionPolicy.none());

        assertThat(AutomaticSnapshots.before(plan(V129), false, onlyApply)).contains(SnapshotTrigger.PRE_APPLY);
        assertThat(AutomaticSnapshots.before(plan(V129), false,
                new SnapshotPolicy(EnumSet.noneOf(SnapshotTrigger.class), RetentionPolicy.none()))).isEmpty();
    }

    @Test
    void theOutcomeIsWhatThePlanConvergesTo() {
        assertThat(AutomaticSnapshots.outcome(RECORDED, plan(V129))).isEqualTo(DesiredState.of(List.of(V129)));
        assertThat(AutomaticSnapshots.outcome(RECORDED,
                new Planner(States.CLOCK).plan(DesiredState.empty(), RECORDED, List.of())).resources()).isEmpty();
    }
}
