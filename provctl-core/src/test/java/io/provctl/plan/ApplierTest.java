package io.provctl.plan;

import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.ProviderException;
import io.provctl.store.EventType;
import io.provctl.store.HistoryQuery;
import io.provctl.store.StateEvent;
import io.provctl.testsupport.Actors;
import io.provctl.testsupport.DelegatingProvider;
import io.provctl.testsupport.FakeCloudProvider;
import io.provctl.testsupport.InMemoryStateStore;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.provctl.testsupport.Specs.cluster;
import static io.provctl.testsupport.Specs.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplierTest {

    private static final ClusterSpec PROD = cluster("prod", pool("a", "local.small", 1, 3, 1),
            pool("b", "local.small", 1, 3, 1));

    private final InMemoryStateStore store = new InMemoryStateStore(States.CLOCK);
    private final FakeCloudProvider cloud = new FakeCloudProvider("local");
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RetryPolicy retry = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 1.0);
    private final Applier applier = new Applier(name -> cloud, store, Actors.TEST, retry, sleeper, States.CLOCK);
    private final Planner planner = new Planner(States.CLOCK);

    private Plan plan(ClusterSpec... clusters) {
        return planner.plan(DesiredState.of(List.of(clusters)), store.current(), List.of());
    }

    private ApplyResult apply(Plan plan) throws InterruptedException {
        return applier.apply(plan, 10, new AtomicBoolean(), ApplyListener.NONE);
    }

    private long atProvider(ResourceId id) {
        return cloud.resources().stream().filter(r -> r.resourceId().equals(id)).count();
    }

    @Test
    void createsEveryResourceAfterWhatItDependsOnAndRecordsIt() throws Exception {
        ApplyResult result = apply(plan(PROD));

        assertThat(result.succeeded()).isTrue();
        assertThat(cloud.calls()).filteredOn(c -> c.startsWith("create")).startsWith(
                "create cluster.prod.network", "create cluster.prod", "create cluster.prod.control_plane");
        assertThat(store.current().resources()).hasSize(5);
        assertThat(store.current().get(ResourceId.pool("prod", "a")).orElseThrow().providerId()).startsWith("fake-");
        assertThat(plan(PROD).hasChanges()).isFalse();
    }

    @Test
    void writesAnIntentBeforeEachProviderCallAndAResultAfter() throws Exception {
        apply(plan(cluster("solo")));

        List<EventType> types = store.history(HistoryQuery.forResource(ResourceId.network("solo"))).stream()
                .map(StateEvent::type).toList();
        assertThat(types).containsExactly(EventType.CREATE_INTENT, EventType.RESOURCE_CREATED);
        List<EventType> all = store.history(HistoryQuery.all()).stream().map(StateEvent::type).toList();
        assertThat(all.get(1)).isEqualTo(EventType.APPLY_STARTED);
        assertThat(all.get(all.size() - 1)).isEqualTo(EventType.APPLY_FINISHED);
    }

    @Test
    void retriesARateLimitHonouringRetryAfter() throws Exception {
        cloud.failNext("create", () -> ProviderException.rateLimited("429 slow down", Duration.ofSeconds(7)))
                .failNext("create", () -> ProviderException.transientFailure("503"));

        ApplyResult result = apply(plan(cluster("solo")));

        assertThat(result.succeeded()).isTrue();
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(atProvider(ResourceId.network("solo"))).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheLastAttempt() throws Exception {
        for (int i = 0; i < 4; i++) {
            cloud.failNext("create", () -> ProviderException.transientFailure("503 unavailable"));
        }

        ApplyResult result = apply(plan(cluster("solo")));

        assertThat(result.failed()).extracting(ApplyResult.Failure::message).containsExactly("503 unavailable");
        assertThat(sleeper.waits()).hasSize(3);
    }

    @Test
    void aFailureStopsNewStepsAndTheNextApplyContinuesFromThere() throws Exception {
        Plan first = plan(PROD);
        FailingCreate failing = new FailingCreate(cloud, ResourceId.cluster("prod"));
        Applier failingApplier = new Applier(name -> failing, store, Actors.TEST, retry, sleeper, States.CLOCK);
        ApplyResult result = failingApplier.apply(first, 10, new AtomicBoolean(), ApplyListener.NONE);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.completed()).extracting(ApplyStep::id).containsExactly(ResourceId.network("prod"));
        assertThat(result.failed()).extracting(f -> f.step().id()).containsExactly(ResourceId.cluster("prod"));
        assertThat(result.notStarted()).hasSize(3);
        assertThat(store.current().resources().keySet()).containsExactly(ResourceId.network("prod"));

        Plan second = plan(PROD);
        assertThat(second.actions()).extracting(PlannedAction::id).doesNotContain(ResourceId.network("prod")).hasSize(4);
        assertThat(apply(second).succeeded()).isTrue();
        assertThat(cloud.resources()).hasSize(5);
    }

    @Test
    void aCrashAfterTheProviderActedIsRecoveredWithoutADuplicate() throws Exception {
        CrashingAfterCreate crashing = new CrashingAfterCreate(cloud, ResourceId.controlPlane("prod"));
        Applier dying = new Applier(name -> crashing, store, Actors.TEST, retry, sleeper, States.CLOCK);

        assertThatThrownBy(() -> dying.apply(plan(PROD), 1, new AtomicBoolean(), ApplyListener.NONE))
                .isInstanceOf(CrashingAfterCreate.Crash.class);
        assertThat(store.current().pendingIntents()).containsKey(ResourceId.controlPlane("prod"));
        assertThat(store.current().resources()).doesNotContainKey(ResourceId.controlPlane("prod"));

        ApplyResult again = apply(plan(PROD));

        assertThat(again.succeeded()).isTrue();
        assertThat(atProvider(ResourceId.controlPlane("prod"))).isEqualTo(1);
        assertThat(cloud.resources()).hasSize(5);
        assertThat(store.current().pendingIntents()).isEmpty();
        assertThat(store.history(HistoryQuery.forResource(ResourceId.controlPlane("prod"))))
                .extracting(StateEvent::type).contains(EventType.RESOURCE_ADOPTED);
    }

    @Test
    void aPlanMadeBeforeTheStateChangedIsRefusedAsStale() throws Exception {
        Plan old = plan(PROD);
        apply(plan(cluster("other")));

        assertThatThrownBy(() -> apply(old))
                .isInstanceOf(StalePlanException.class)
                .hasMessageContaining("made at state serial 0 and the state is now at serial 3");
        assertThat(cloud.resources()).extracting(r -> r.resourceId().clusterName()).containsOnly("other");
    }

    @Test
    void cancellingLetsRunningStepsFinishAndStartsNoOthers() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        ApplyListener cancelAfterFirst = new ApplyListener() {
            @Override
            public void completed(ApplyStep step, String providerId, Duration took) {
                cancel.set(true);
            }
        };

        ApplyResult result = applier.apply(plan(PROD), 10, cancel, cancelAfterFirst);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.completed()).extracting(ApplyStep::id).containsExactly(ResourceId.network("prod"));
        assertThat(store.current().resources()).hasSize(1);
    }

    @Test
    void aReplacementDeletesDependentsFirstThenCreatesInOrder() throws Exception {
        apply(plan(PROD));
        ClusterSpec moved = new ClusterSpec("prod", "local", "local-1",
                new io.provctl.model.NetworkSpec("10.7.0.0/16", List.of("a"), false, false), PROD.controlPlane(),
                PROD.pools(), PROD.tags(), PROD.position());
        int before = cloud.calls().size();

        ApplyResult result = applier.apply(plan(moved), 1, new AtomicBoolean(), ApplyListener.NONE);

        assertThat(result.succeeded()).isTrue();
        List<String> calls = cloud.calls().subList(before, cloud.calls().size()).stream()
                .filter(c -> !c.startsWith("find")).toList();
        assertThat(calls).containsExactly(
                "delete cluster.prod.pool.a", "delete cluster.prod.pool.b", "delete cluster.prod.control_plane",
                "delete cluster.prod", "delete cluster.prod.network",
                "create cluster.prod.network", "create cluster.prod", "create cluster.prod.control_plane",
                "create cluster.prod.pool.a", "create cluster.prod.pool.b");
        assertThat(cloud.resources()).hasSize(5);
    }

    /** Fails every create of one resource with a permanent error. */
    private static final class FailingCreate extends DelegatingProvider {
        private final ResourceId victim;

        FailingCreate(FakeCloudProvider delegate, ResourceId victim) {
            super(delegate);
            this.victim = victim;
        }

        @Override
        public io.provctl.provider.ProviderResource create(Resource desired) {
            if (desired.id().equals(victim)) {
                throw ProviderException.capacity("no capacity for " + victim);
            }
            return super.create(desired);
        }
    }

    /** Lets the provider create one resource, then dies before the caller hears of it. */
    private static final class CrashingAfterCreate extends DelegatingProvider {
        private final ResourceId victim;

        CrashingAfterCreate(FakeCloudProvider delegate, ResourceId victim) {
            super(delegate);
            this.victim = victim;
        }

        @Override
        public io.provctl.provider.ProviderResource create(Resource desired) {
            io.provctl.provider.ProviderResource made = super.create(desired);
            if (desired.id().equals(victim)) {
                throw new Crash();
            }
            return made;
        }

        static final class Crash extends Error {
        }
    }
}
