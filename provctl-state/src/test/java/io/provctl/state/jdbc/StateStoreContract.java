package io.provctl.state.jdbc;

import io.provctl.model.Attributes;
import io.provctl.state.testsupport.Events;
import io.provctl.testsupport.MutableClock;
import io.provctl.store.EventType;
import io.provctl.store.HistoryQuery;
import io.provctl.store.LockHeldException;
import io.provctl.store.LockInfo;
import io.provctl.store.NewEvent;
import io.provctl.store.PendingIntent;
import io.provctl.store.StateEvent;
import io.provctl.store.StateLock;
import io.provctl.store.StateStore;
import io.provctl.store.StateView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.provctl.state.testsupport.Events.ALICE;
import static io.provctl.state.testsupport.Events.BOB;
import static io.provctl.state.testsupport.Events.NETWORK;
import static io.provctl.state.testsupport.Events.POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link io.provctl.store.StateStore} adapter must do; subclasses say where the state lives. */
public abstract class StateStoreContract {

    protected final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final List<StateStore> opened = new ArrayList<>();

    /** Opens (another connection to) the one state this test uses. */
    protected abstract StateStore openStore(StoreSettings settings);

    protected StateStore open() {
        return open(settings());
    }

    protected StateStore open(StoreSettings settings) {
        StateStore store = openStore(settings);
        opened.add(store);
        return store;
    }

    protected StoreSettings settings() {
        return new StoreSettings(clock, clock.sleeper(), Duration.ofSeconds(1), () -> ALICE);
    }

    @AfterEach
    void closeStores() {
        opened.forEach(StateStore::close);
    }

    @Test
    void freshStateIsInitialisedOnceWithARandomLineage() {
        StateStore store = open();

        StateView first = store.current();

        assertThat(first.lineage()).matches("[0-9a-f-]{36}");
        assertThat(first.serial()).isZero();
        assertThat(first.lastSequence()).isEqualTo(1);
        assertThat(store.current()).isEqualTo(first);
        List<StateEvent> log = store.history(HistoryQuery.all());
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATE_INITIALISED);
            assertThat(e.payload()).containsEntry("lineage", first.lineage());
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.actor()).isEqualTo("alice@laptop");
        });
    }

    @Test
    void lineageIsStableAcrossReopenAndDiffersBetweenStates() {
        StateStore store = open();
        store.append(ALICE, List.of(Events.created(NETWORK, Map.of("cidr", "10.0.0.0/16"))));
        String lineage = store.current().lineage();
        store.close();
        opened.remove(store);

        assertThat(open().current().lineage()).isEqualTo(lineage);
    }

    @Test
    void appendRoundTripsExactDecimalsAndNestedMaps() {
        StateStore store = open();
        BigDecimal price = new BigDecimal("0.1000000000000000055511151231257827021181583404541015625");
        Map<String, Object> attributes = Map.of("price", price, "count", 3, "ratio", 2.50,
                "big", new BigDecimal("123456789012345678901234567890.000"),
                "labels", Map.of("z", "last", "a", Map.of("nested", List.of(1, "two", true))));

        List<StateEvent> stored = store.append(ALICE, List.of(Events.created(NETWORK, attributes)));

        StateEvent read = store.history(HistoryQuery.forResource(NETWORK)).get(0);
        assertThat(read).isEqualTo(stored.get(0));
        @SuppressWarnings("unchecked")
        Map<String, Object> attrs = (Map<String, Object>) read.payload().get("attributes");
        assertThat(attrs).isEqualTo(Attributes.canonicalMap(attributes));
        assertThat(attrs.get("price")).isEqualTo(price);
        assertThat(attrs.get("ratio")).isEqualTo(new BigDecimal("2.5"));
        assertThat(attrs.get("big")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
        assertThat(((Map<?, ?>) attrs.get("labels")).keySet().stream().map(String::valueOf).toList()).containsExactly("a", "z");
        assertThat(store.current().get(NETWORK).orElseThrow().attributes()).isEqualTo(attrs);
    }

    @Test
    void appendAssignsSequenceTimeActorAndSerialOnlyForStateChanges() {
        StateStore store = open();
        store.current();
        clock.advance(Duration.ofMinutes(5));

        List<StateEvent> stored = store.append(BOB, List.of(
                NewEvent.of(EventType.APPLY_STARTED, Map.of()),
                Events.intent(EventType.CREATE_INTENT, NETWORK),
                Events.created(NETWORK, Map.of()),
                Events.intent(EventType.CREATE_INTENT, POOL),
                NewEvent.of(EventType.ACTION_FAILED, POOL, Map.of("error", "quota")),
                NewEvent.of(EventType.RESOURCE_DELETED, NETWORK, Map.of()),
                NewEvent.of(EventType.APPLY_FINISHED, Map.of())));

        assertThat(stored).extracting(StateEvent::sequence).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(stored).extracting(StateEvent::serial).containsExactly(0L, 0L, 1L, 1L, 1L, 2L, 2L);
        assertThat(stored).allSatisfy(e -> {
            assertThat(e.at()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z"));
            assertThat(e.actor()).isEqualTo("bob@ci-runner");
            assertThat(e.command()).isEqualTo("apply");
        });
        assertThat(store.current().serial()).isEqualTo(2);
        assertThat(store.current().lastSequence()).isEqualTo(8);
    }

    @Test
    void pendingIntentAppearsAfterIntentAndDisappearsAfterItsResult() {
        StateStore store = open();
        StateEvent intent = store.append(ALICE, List.of(Events.intent(EventType.CREATE_INTENT, POOL))).get(0);

        assertThat(store.current().pendingIntents())
                .containsExactly(Map.entry(POOL, new PendingIntent(POOL, EventType.CREATE_INTENT, intent.sequence())));
        assertThat(store.current().resources()).isEmpty();

        store.append(ALICE, List.of(Events.created(POOL, Map.of("size", 3))));

        assertThat(store.current().pendingIntents()).isEmpty();
        assertThat(store.current().get(POOL)).isPresent();
    }

    @Test
    void projectionEqualsReplayOfTheLogForRandomHistories() {
        Random random = new Random(20260301);
        StateStore store = open();
        for (int batch = 0; batch < 60; batch++) {
            clock.advance(Duration.ofSeconds(random.nextInt(100)));
            store.append(batch % 2 == 0 ? ALICE : BOB, Events.random(random, random.nextInt(8)));
            assertThat(store.current()).isEqualTo(Events.replay(store.history(HistoryQuery.all())));
        }
        assertThat(store.current().resources()).isNotEmpty();
        assertSerialsFollowTheLog(store.history(HistoryQuery.all()));
    }

    @Test
    void concurrentWritersThroughTwoStoresInterleaveWithoutGapsOrDuplicates() throws Exception {
        StateStore first = open();
        StateStore second = open();
        first.current();

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> appendMany(first, new Random(1)));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> appendMany(second, new Random(2)));
        CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

        List<StateEvent> log = first.history(HistoryQuery.all());
        assertThat(log).hasSize(1 + 2 * 30 * 3);
        assertSerialsFollowTheLog(log);
        assertThat(second.current()).isEqualTo(Events.replay(log)).isEqualTo(first.current());
    }

    private static void appendMany(StateStore store, Random random) {
        for (int i = 0; i < 30; i++) {
            store.append(ALICE, Events.random(random, 3));
        }
    }

    private static void assertSerialsFollowTheLog(List<StateEvent> log) {
        long serial = 0;
        long sequence = 0;
        for (StateEvent e : log) {
            serial = e.type().changesState() ? serial + 1 : serial;
            assertThat(e.serial()).as("serial of %s", e).isEqualTo(serial);
            assertThat(e.sequence()).isEqualTo(++sequence);
        }
    }

    @Test
    void historyFiltersByResourceAndKeepsTheNewest() {
        StateStore store = open();
        store.append(ALICE, List.of(Events.intent(EventType.CREATE_INTENT, NETWORK), Events.created(NETWORK, Map.of()),
                Events.intent(EventType.CREATE_INTENT, POOL), Events.created(POOL, Map.of()),
                Events.intent(EventType.UPDATE_INTENT, NETWORK)));

        assertThat(store.history(HistoryQuery.forResource(NETWORK))).extracting(StateEvent::type)
                .containsExactly(EventType.CREATE_INTENT, EventType.RESOURCE_CREATED, EventType.UPDATE_INTENT);
        assertThat(store.history(new HistoryQuery(Optional.of(NETWORK), Optional.of(2))))
                .extracting(StateEvent::sequence).containsExactly(3L, 6L);
        assertThat(store.history(new HistoryQuery(Optional.empty(), Optional.of(3))))
                .extracting(StateEvent::sequence).containsExactly(4L, 5L, 6L);
        assertThat(store.history(HistoryQuery.all())).extracting(StateEvent::sequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void secondLockFailsAtOnceNamingTheHolder() throws InterruptedException {
        StateStore first = open();
        StateStore second = open();
        LockInfo held = first.lock(ALICE, Duration.ZERO).info();

        assertThatThrownBy(() -> second.lock(BOB, Duration.ZERO))
                .isInstanceOfSatisfying(LockHeldException.class, e -> assertThat(e.holder()).isEqualTo(held))
                .hasMessageContaining("alice@laptop").hasMessageContaining("pid 4242")
                .hasMessageContaining("2026-03-01T10:00:00Z").hasMessageContaining(held.id());
        assertThat(second.lockInfo()).contains(held);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void lockWaitsUntilTheTimeoutThenFails() throws InterruptedException {
        StateStore first = open();
        first.lock(ALICE, Duration.ZERO);
        StateStore second = open();

        assertThatThrownBy(() -> second.lock(BOB, Duration.ofSeconds(3))).isInstanceOf(LockHeldException.class);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T10:00:03Z"));
    }

    @Test
    void lockWithTimeoutSucceedsOnceTheHolderReleasesFromAnotherThread() throws Exception {
        StateStore first = open();
        StateLock held = first.lock(ALICE, Duration.ZERO);
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        StateStore second = open(settings().withSleeper(d -> {
            waiting.countDown();
            if (!released.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("holder never released");
            }
            clock.advance(d);
        }));

        CompletableFuture<StateLock> waiter = CompletableFuture.supplyAsync(() -> lockQuietly(second));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(waiter).isNotDone();
        held.close();
        released.countDown();

        StateLock taken = waiter.get(10, TimeUnit.SECONDS);
        assertThat(taken.info().user()).isEqualTo("bob");
        assertThat(first.lockInfo()).contains(taken.info());
        taken.close();
        assertThat(first.lockInfo()).isEmpty();
    }

    private static StateLock lockQuietly(StateStore store) {
        try {
            return store.lock(BOB, Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void forceUnlockRemovesTheLockAndRecordsWhoDidIt() throws InterruptedException {
        StateStore crashed = open();
        LockInfo held = crashed.lock(ALICE, Duration.ZERO).info();
        StateStore other = open();

        other.forceUnlock(held.id(), BOB);

        assertThat(other.lockInfo()).isEmpty();
        StateEvent last = other.history(new HistoryQuery(Optional.empty(), Optional.of(1))).get(0);
        assertThat(last.type()).isEqualTo(EventType.LOCK_FORCE_RELEASED);
        assertThat(last.actor()).isEqualTo("bob@ci-runner");
        assertThat(last.payload()).containsEntry("lock_id", held.id()).containsEntry("user", "alice")
                .containsEntry("pid", BigDecimal.valueOf(4242));
        assertThat(other.lock(BOB, Duration.ZERO).info().user()).isEqualTo("bob");
    }

    @Test
    void closingALockThatWasForceReleasedLeavesTheNewHolderAlone() throws InterruptedException {
        StateStore first = open();
        StateLock stale = first.lock(ALICE, Duration.ZERO);
        first.forceUnlock(stale.info().id(), BOB);
        LockInfo fresh = first.lock(BOB, Duration.ZERO).info();

        stale.close();

        assertThat(first.lockInfo()).contains(fresh);
    }

    @Test
    void forceUnlockOfAnUnknownIdIsRefusedClearly() throws InterruptedException {
        StateStore store = open();
        assertThatThrownBy(() -> store.forceUnlock("nope", BOB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no lock with ID nope is held; the state is not locked");

        LockInfo held = store.lock(ALICE, Duration.ZERO).info();
        assertThatThrownBy(() -> store.forceUnlock("nope", BOB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the state is locked by " + held);
        assertThat(store.lockInfo()).contains(held);
    }
}
