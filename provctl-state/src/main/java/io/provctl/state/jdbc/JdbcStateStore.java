package io.provctl.state.jdbc;

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

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The state store on a relational database: every append inserts into the event log and updates the
 * projection with {@link StateProjection#apply} in the same transaction, so {@link #current()} reads
 * only the projection. Database differences live in the {@link Dialect}.
 */
public final class JdbcStateStore implements StateStore {

    /** Before the first event there is no lineage; STATE_INITIALISED sets it. */
    private static final StateView NOTHING = StateView.empty("");

    private final Database db;
    private final StoreSettings settings;

    private JdbcStateStore(Database db, StoreSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /**
     * Checks the schema version before anything is written, prepares the connection, migrates, and
     * closes the database if any of that fails.
     */
    public static JdbcStateStore open(Database db, StoreSettings settings) {
        try {
            SchemaMigrator.checkReadable(db);
            db.query("prepare", c -> {
                db.dialect().prepare(c);
                return null;
            });
            SchemaMigrator.migrate(db);
            return new JdbcStateStore(db, settings);
        } catch (RuntimeException e) {
            closeQuietly(db, e);
            throw e;
        }
    }

    @Override
    public StateView current() {
        Optional<StateView> stored = db.read("read", ProjectionTables::read);
        return stored.orElseGet(() -> db.write("initialise", this::initialised));
    }

    @Override
    public List<StateEvent> append(Actor actor, List<NewEvent> events) {
        return db.write("append to", c -> appendTo(c, initialised(c), actor, events).events());
    }

    @Override
    public List<StateEvent> history(HistoryQuery query) {
        return db.read("read the history of", c -> EventLog.query(c, query));
    }

    @Override
    public StateLock lock(Actor actor, Duration timeout) throws InterruptedException {
        Instant deadline = settings.clock().instant().plus(timeout);
        while (true) {
            LockAttempt attempt = db.write("lock", c -> tryLock(c, actor));
            if (attempt instanceof LockAttempt.Acquired acquired) {
                return new HeldLock(acquired.lock());
            }
            Duration left = Duration.between(settings.clock().instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new LockHeldException(((LockAttempt.Held) attempt).holder());
            }
            settings.sleeper().sleep(left.compareTo(settings.lockPollInterval()) < 0
                    ? left : settings.lockPollInterval());
        }
    }

    @Override
    public Optional<LockInfo> lockInfo() {
        return db.read("read the lock of", LockTable::holder);
    }

    @Override
    public void forceUnlock(String lockId, Actor actor) {
        db.write("force-unlock", c -> {
            LockInfo held = LockTable.holder(c).filter(l -> l.id().equals(lockId))
                    .orElseThrow(() -> new IllegalArgumentException(noSuchLock(c, lockId)));
            LockTable.delete(c, lockId);
            return appendTo(c, initialised(c), actor, List.of(forceReleased(held)));
        });
    }

    @Override
    public void close() {
        db.close();
    }

    private StateView initialised(Connection c) throws SQLException {
        Optional<StateView> stored = ProjectionTables.read(c);
        if (stored.isPresent()) {
            return stored.get();
        }
        NewEvent init = NewEvent.of(EventType.STATE_INITIALISED, Map.of("lineage", UUID.randomUUID().toString()));
        return appendTo(c, NOTHING, settings.initialiser().get(), List.of(init)).view();
    }

    private record Appended(StateView view, List<StateEvent> events) {
    }

    private Appended appendTo(Connection c, StateView before, Actor actor, List<NewEvent> events)
            throws SQLException {
        Instant at = settings.clock().instant();
        StateView view = before;
        List<StateEvent> stored = new ArrayList<>(events.size());
        for (NewEvent e : events) {
            StateEvent event = new StateEvent(view.lastSequence() + 1, at, actor.name(), actor.command(),
                    e.resource(), e.type(), e.payload(), StateProjection.nextSerial(view.serial(), e.type()));
            view = StateProjection.apply(view, event);
            stored.add(event);
        }
        EventLog.insert(c, stored);
        ProjectionTables.write(c, before, view);
        return new Appended(view, List.copyOf(stored));
    }

    private sealed interface LockAttempt {
        record Acquired(LockInfo lock) implements LockAttempt {
        }

        record Held(LockInfo holder) implements LockAttempt {
        }
    }

    private LockAttempt tryLock(Connection c, Actor actor) throws SQLException {
        Optional<LockInfo> holder = LockTable.holder(c);
        if (holder.isPresent()) {
            return new LockAttempt.Held(holder.get());
        }
        LockInfo lock = new LockInfo(UUID.randomUUID().toString(), actor.user(), actor.host(), actor.pid(),
                actor.command(), settings.clock().instant());
        LockTable.insert(c, lock);
        return new LockAttempt.Acquired(lock);
    }

    private static String noSuchLock(Connection c, String lockId) {
        try {
            return "no lock with ID " + lockId + " is held; " + LockTable.holder(c)
                    .map(l -> "the state is locked by " + l).orElse("the state is not locked");
        } catch (SQLException e) {
            return "no lock with ID " + lockId + " is held";
        }
    }

    private static NewEvent forceReleased(LockInfo held) {
        return NewEvent.of(EventType.LOCK_FORCE_RELEASED, Map.of("lock_id", held.id(), "user", held.user(),
                "host", held.host(), "pid", held.pid(), "command", held.command(), "since", held.since().toString()));
    }

    private static void closeQuietly(Database db, RuntimeException cause) {
        try {
            db.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Releases by ID, so closing after a force-unlock never removes someone else's lock. */
    private final class HeldLock implements StateLock {
        private final LockInfo info;
        private boolean released;

        HeldLock(LockInfo info) {
            this.info = info;
        }

        @Override
        public LockInfo info() {
            return info;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                db.write("unlock", c -> LockTable.delete(c, info.id()));
                released = true;
            }
        }
    }
}
