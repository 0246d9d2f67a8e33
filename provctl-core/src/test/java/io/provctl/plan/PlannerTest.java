package io.provctl.plan;

import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.ResourceId;
import io.provctl.store.StateView;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.provctl.testsupport.Specs.cluster;
import static io.provctl.testsupport.Specs.controlPlane;
import static io.provctl.testsupport.Specs.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlannerTest {

    private final Planner planner = new Planner(States.CLOCK);

    private static final ClusterSpec PROD = cluster("prod", pool("system", "local.small", 1, 3, 2),
            pool("batch", "local.large", 0, 10, 0));

    private static DesiredState desired(ClusterSpec... clusters) {
        return DesiredState.of(List.of(clusters));
    }

    private Plan plan(ClusterSpec desired, ClusterSpec recorded) {
        return planner.plan(desired(desired), States.recorded(desired(recorded)), List.of());
    }

    private static List<String> lines(Plan plan) {
        return plan.actions().stream().map(a -> a.type().symbol() + " " + a.id()).toList();
    }

    @Test
    void createsEverythingInDependencyOrderOnAnEmptyState() {
        Plan plan = planner.plan(desired(PROD), StateView.empty("l"), List.of());

        assertThat(lines(plan)).containsExactly(
                "+ cluster.prod.network", "+ cluster.prod", "+ cluster.prod.control_plane",
                "+ cluster.prod.pool.batch", "+ cluster.prod.pool.system");
        assertThat(plan.toAdd()).isEqualTo(5);
        assertThat(plan.toChange()).isZero();
        assertThat(plan.toDestroy()).isZero();
    }

    @Test
    void nothingChangedGivesAnEmptyPlan() {
        Plan plan = plan(PROD, PROD);

        assertThat(plan.hasChanges()).isFalse();
    }

    @Test
    void aSizeChangeIsAnUpdateInPlace() {
        ClusterSpec bigger = cluster("prod", pool("system", "local.small", 1, 5, 4), pool("batch", "local.large", 0, 10, 0));

        Plan plan = plan(bigger, PROD);

        assertThat(lines(plan)).containsExactly("~ cluster.prod.pool.system");
        PlannedAction update = plan.actions().get(0);
        assertThat(update.changes()).extracting(AttributeChange::name).containsExactly("desired_size", "max_size");
        assertThat(update.changes()).noneMatch(AttributeChange::forcesReplacement);
        assertThat(update.changes().get(0).before()).contains(new java.math.BigDecimal("2"));
        assertThat(update.changes().get(0).after()).contains(new java.math.BigDecimal("4"));
    }

    @Test
    void anInstanceTypeChangeReplacesThePoolAndSaysWhy() {
        ClusterSpec changed = cluster("prod", pool("system", "local.medium", 1, 3, 2), pool("batch", "local.large", 0, 10, 0));

        Plan plan = plan(changed, PROD);

        assertThat(lines(plan)).containsExactly("-/+ cluster.prod.pool.system");
        assertThat(plan.actions().get(0).reasons()).containsExactly("instance_type forces replacement");
        assertThat(plan.toAdd()).isEqualTo(1);
        assertThat(plan.toDestroy()).isEqualTo(1);
    }

    @Test
    void replacingTheNetworkReplacesEverythingBuiltOnIt() {
        ClusterSpec base = cluster("prod", pool("system", "local.small", 1, 3, 2));
        ClusterSpec moved = new ClusterSpec("prod", "local", "local-1",
                new io.provctl.model.NetworkSpec("10.9.0.0/16", List.of("a", "b"), true, false),
                base.controlPlane(), base.pools(), base.tags(), base.position());

        Plan plan = plan(moved, base);

        assertThat(lines(plan)).containsExactly("-/+ cluster.prod.network", "-/+ cluster.prod",
                "-/+ cluster.prod.control_plane", "-/+ cluster.prod.pool.system");
        assertThat(plan.actions().get(0).reasons()).containsExactly("vpc_cidr forces replacement");
        assertThat(plan.actions().get(3).reasons()).containsExactly("depends on cluster.prod.control_plane, which is replaced");
    }

    @Test
    void aRegionChangeForcesReplacement() {
        ClusterSpec base = cluster("prod");
        ClusterSpec moved = new ClusterSpec("prod", "local", "local-2", base.network(), base.controlPlane(),
                base.pools(), base.tags(), base.position());

        Plan plan = plan(moved, base);

        assertThat(plan.actions()).allMatch(a -> a.type() == ActionType.REPLACE);
        assertThat(plan.actions().get(0).reasons()).containsExactly("region forces replacement");
    }

    @Test
    void aVersionUpgradeIsInPlaceButADowngradeReplaces() {
        ClusterSpec v128 = cluster("prod");
        ClusterSpec v129 = withVersion(v128, "1.29");
        ClusterSpec v127 = withVersion(v128, "1.27");

        assertThat(lines(plan(v129, v128))).containsExactly("~ cluster.prod.control_plane");
        assertThat(lines(plan(v127, v128))).containsExactly("-/+ cluster.prod.control_plane");
        assertThat(plan(v127, v128).actions().get(0).reasons()).containsExactly("version forces replacement");
    }

    @Test
    void aTagChangeIsAnUpdateOfTheCluster() {
        ClusterSpec base = cluster("prod");
        ClusterSpec tagged = new ClusterSpec("prod", "local", "local-1", base.network(), base.controlPlane(),
                base.pools(), Map.of("team", "data"), base.position());

        assertThat(lines(plan(tagged, base))).containsExactly("~ cluster.prod");
    }

    @Test
    void removedResourcesAreDeletedDependentsFirstAndBeforeCreates() {
        ClusterSpec other = cluster("other");
        DesiredState want = desired(other);
        StateView have = States.recorded(desired(PROD));

        Plan plan = planner.plan(want, have, List.of());

        assertThat(lines(plan)).containsExactly(
                "- cluster.prod.pool.batch", "- cluster.prod.pool.system", "- cluster.prod.control_plane",
                "- cluster.prod", "- cluster.prod.network",
                "+ cluster.other.network", "+ cluster.other", "+ cluster.other.control_plane");
        assertThat(plan.actions().get(0).reasons()).containsExactly("not in the configuration");
    }

    @Test
    void aTargetLimitsThePlanToItAndWhatItDependsOn() {
        Plan plan = planner.plan(desired(PROD, cluster("other")), StateView.empty("l"),
                List.of(ResourceId.pool("prod", "system")));

        assertThat(lines(plan)).containsExactly("+ cluster.prod.network", "+ cluster.prod",
                "+ cluster.prod.control_plane", "+ cluster.prod.pool.system");
        assertThat(plan.targets()).containsExactly(ResourceId.pool("prod", "system"));
    }

    @Test
    void aClusterTargetTakesEverythingUnderIt() {
        Plan plan = planner.plan(desired(PROD, cluster("other")), StateView.empty("l"),
                List.of(ResourceId.cluster("other")));

        assertThat(lines(plan)).containsExactly("+ cluster.other.network", "+ cluster.other",
                "+ cluster.other.control_plane");
    }

    @Test
    void anUnknownTargetIsAnError() {
        assertThatThrownBy(() -> planner.plan(desired(PROD), StateView.empty("l"), List.of(ResourceId.cluster("nope"))))
                .isInstanceOf(PlanException.class)
                .hasMessage("--target cluster.nope matches no resource in the configuration or the state");
    }

    @Test
    void thePlanPinsTheStateItWasMadeAgainst() {
        StateView have = States.recorded(desired(PROD));

        Plan plan = planner.plan(desired(PROD), have, List.of());

        assertThat(plan.lineage()).isEqualTo(have.lineage()).isNotEmpty();
        assertThat(plan.serial()).isEqualTo(have.serial()).isEqualTo(5);
    }

    private static ClusterSpec withVersion(ClusterSpec c, String version) {
        return new ClusterSpec(c.name(), c.provider(), c.region(), c.network(), controlPlane(version), c.pools(),
                c.tags(), c.position());
    }
}
