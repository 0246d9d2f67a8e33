package io.provctl.drift;

import io.provctl.model.DesiredState;
import io.provctl.model.ResourceId;
import io.provctl.plan.ActionType;
import io.provctl.plan.Applier;
import io.provctl.plan.ApplyListener;
import io.provctl.plan.ApplyResult;
import io.provctl.plan.PlannedAction;
import io.provctl.plan.Planner;
import io.provctl.plan.RetryPolicy;
import io.provctl.store.EventType;
import io.provctl.store.HistoryQuery;
import io.provctl.testsupport.Actors;
import io.provctl.testsupport.FakeCloudProvider;
import io.provctl.testsupport.InMemoryStateStore;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.provctl.drift.DriftDetectorTest.CLUSTER;
import static io.provctl.drift.DriftDetectorTest.CP;
import static io.provctl.drift.DriftDetectorTest.DESIRED;
import static io.provctl.drift.DriftDetectorTest.POOL;
import static io.provctl.drift.DriftDetectorTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;

class RemediationPlannerTest {

    private final InMemoryStateStore store = new InMemoryStateStore(States.CLOCK);
    private final FakeCloudProvider cloud = new FakeCloudProvider("local");
    private final Applier applier = new Applier(name -> cloud, store, Actors.TEST,
            new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), () -> 1.0), new RecordingSleeper(),
            States.CLOCK);

    @BeforeEach
    void applyTheConfiguration() throws Exception {
        assertThat(applier.apply(new Planner(States.CLOCK).plan(DESIRED, store.current(), List.of()), 4,
                new AtomicBoolean(), ApplyListener.NONE).succeeded()).isTrue();
    }

    private DriftReport detect() {
        return DriftDetector.detect(DESIRED, store.current(), cloud.list(), States.CLOCK.instant());
    }

    private Remediation remediation() {
        return RemediationPlanner.plan(detect(), store.current(), cloud.list(), States.CLOCK.instant());
    }

    @Test
    void noDriftGivesAnEmptyPlan() {
        assertThat(remediation().hasChanges()).isFalse();
        assertThat(remediation().corrections()).isEmpty();
    }

    @Test
    void aScaleChangeIsUpdatedBackInPlace() {
        cloud.tamper(POOL, p -> attribute(p, "desired_size", 5));

        Remediation r = remediation();

        assertThat(r.corrections()).isEmpty();
        assertThat(r.plan().actions()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActionType.UPDATE);
            assertThat(a.before().orElseThrow().attributes().get("desired_size")).isEqualTo(new BigDecimal(5));
            assertThat(a.after().orElseThrow().attributes().get("desired_size")).isEqualTo(new BigDecimal(2));
        });
    }

    @Test
    void remediationEndToEndRecordsTheDeletionRecreatesAndLeavesWhatItMustNotTouch() throws Exception {
        cloud.tamper(POOL, p -> attribute(p, "desired_size", 5));
        cloud.tamper(CP, p -> attribute(p, "version", "1.29"));
        cloud.remove(CLUSTER);

        Remediation r = remediation();
        store.append(Actors.TEST, r.corrections());
        ApplyResult result = applier.apply(r.plan(), 4, new AtomicBoolean(), ApplyListener.NONE);

        assertThat(result.succeeded()).isTrue();
        assertThat(r.plan().actions()).extracting(PlannedAction::id, PlannedAction::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CLUSTER, ActionType.CREATE),
                org.assertj.core.groups.Tuple.tuple(POOL, ActionType.UPDATE));
        assertThat(r.skipped()).extracting(Drift::type).containsExactly(DriftType.VERSION_SKEW);
        assertThat(r.plan().warnings()).singleElement().asString().startsWith("not remediated: cluster.prod.control_plane");
        DriftReport after = detect();
        assertThat(after.drifts()).extracting(Drift::type).containsExactly(DriftType.VERSION_SKEW);
        assertThat(store.history(HistoryQuery.all()).stream().filter(e -> e.type() == EventType.RESOURCE_DELETED))
                .singleElement().satisfies(e -> assertThat(e.payload().get("reason")).asString().contains("drift"));
        assertThat(cloud.calls()).noneMatch(c -> c.startsWith("delete"));
    }

    @Test
    void theUnknownResourceIsLeftAlone() {
        ResourceId stray = ResourceId.pool("prod", "stray");
        cloud.seed(DesiredState.of(List.of(io.provctl.testsupport.Specs.cluster("prod",
                io.provctl.testsupport.Specs.pool("stray", "local.small", 1, 1, 1)))).get(stray).orElseThrow());

        Remediation r = remediation();

        assertThat(r.hasChanges()).isFalse();
        assertThat(r.skipped()).extracting(Drift::type).containsExactly(DriftType.RESOURCE_ADDED);
    }
}
