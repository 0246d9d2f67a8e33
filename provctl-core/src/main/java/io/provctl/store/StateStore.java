package io.provctl.store;

import java.time.Duration;
import java.util.List;

/**
 * The port for provctl's state: an append-only event log with a projection of the current state and
 * a lock. Loading {@link #current()} reads the projection, never the whole history.
 */
public interface StateStore extends AutoCloseable {

    /** The current state; creates an empty state with a new lineage on first use. */
    StateView current();

    /** Appends events atomically, in order; returns them as stored (sequence, time, serial). */
    List<StateEvent> append(Actor actor, List<NewEvent> events);

    /** Events in order of sequence, filtered by the query. */
    List<StateEvent> history(HistoryQuery query);

    /**
     * Takes the state lock, waiting up to {@code timeout} (zero: fail at once).
     *
     * @throws LockHeldException when another holder keeps it past the timeout
     */
    StateLock lock(Actor actor, Duration timeout) throws InterruptedException;

    /** The lock as held now, if anyone holds it. */
    java.util.Optional<LockInfo> lockInfo();

    /**
     * Removes a lock left by a crashed process.
     *
     * @throws IllegalArgumentException when no lock with this ID is held
     */
    void forceUnlock(String lockId, Actor actor);

    @Override
    void close();
}
