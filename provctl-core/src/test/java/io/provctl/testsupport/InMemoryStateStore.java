package io.provctl.testsupport;

import io.provctl.store.Actor;
import io.provctl.store.EventType;
import io.provctl.store.HistoryQuery;
import io.provctl.store.LockHeldException;
import io.provctl.store.LockInfo;
import io.provctl.store.NewEvent;
import io.provctl.store.StateEvent;
import io.provctl.store.StateLock;
import io.provctl.store.StateProjection;
import io.provctl.store.StateStore;
import io.provctl.store.StateView;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A state store in memory, for tests of code above the store. Uses the same projection as the real ones. */
public final class InMemoryStateStore implements StateStore {

    private final Clock clock;
    private final List<StateEvent> events = new ArrayList<>();
    private StateView view;
    private LockInfo lock;

    public InMemoryStateStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized StateView current() {
        if (view == null) {
            view = StateView.empty("");
            append(new Actor("test", "localhost", 1, "init"),
                    List.of(NewEvent.of(EventType.STATE_INITIALISED, Map.of("lineage", UUID.randomUUID().toString()))));
        }
        return view;
    }

    @Override
    public synchronized List<StateEvent> append(Actor actor, List<NewEvent> batch) {
        current();
        List<StateEvent> stored = new ArrayList<>();
        for (NewEvent e : batch) {
            long serial = StateProjection.nextSerial(view.serial(), e.type());
            StateEvent event = new StateEvent(view.lastSequence() + 1, clock.instant(), actor.name(), actor.command(),
                    e.resource(), e.type(), e.payload(), serial);
            view = StateProjection.apply(view, event);
            events.add(event);
            stored.add(event);
        }
        return stored;
    }

    @Override
    public synchronized List<StateEvent> history(HistoryQuery query) {
        List<StateEvent> out = events.stream()
                .filter(e -> query.resource().isEmpty() || e.resource().equals(query.resource())).toList();
        int limit = query.limit().orElse(out.size());
        return out.subList(Math.max(0, out.size() - limit), out.size());
    }

    @Override
    public synchronized StateLock lock(Actor actor, Duration timeout) {
        if (lock != null) {
            throw new LockHeldException(lock);
        }
        LockInfo info = new LockInfo(UUID.randomUUID().toString(), actor.user(), actor.host(), actor.pid(),
                actor.command(), clock.instant());
        lock = info;
        return new StateLock() {
            @Override
            public LockInfo info() {
                return info;
            }

            @Override
            public void close() {
                synchronized (InMemoryStateStore.this) {
                    if (lock == info) {
                        lock = null;
                    }
                }
            }
        };
    }

    @Override
    public synchronized Optional<LockInfo> lockInfo() {
        return Optional.ofNullable(lock);
    }

    @Override
    public synchronized void forceUnlock(String lockId, Actor actor) {
        if (lock == null || !lock.id().equals(lockId)) {
            throw new IllegalArgumentException("no lock with ID " + lockId);
        }
        lock = null;
    }

    @Override
    public void close() {
    }
}
