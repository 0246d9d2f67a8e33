package io.provctl.bench;

import io.provctl.state.StateStores;
import io.provctl.store.NewEvent;
import io.provctl.store.StateStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Appending 100,000 events to a fresh SQLite state, {@code batch} events per append (one transaction
 * each). One invocation is the whole 100,000, so the score is the total time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StateAppendBenchmark {

    static final int EVENTS = 100_000;
    static final int RESOURCES = 200;

    @Param({"1000"})
    int batch;

    private List<NewEvent> events;
    private Path dir;
    private StateStore store;

    @Setup(Level.Trial)
    public void generate() {
        events = SyntheticHistory.events(EVENTS, RESOURCES);
    }

    @Setup(Level.Invocation)
    public void openFreshStore() {
        dir = TempStates.create();
        store = StateStores.open(dir.resolve("state.db").toString(), Clock.systemUTC());
        store.current();
    }

    @TearDown(Level.Invocation)
    public void removeStore() {
        store.close();
        TempStates.delete(dir);
    }

    @Benchmark
    public long append100k() {
        SyntheticHistory.appendAll(store, events, batch);
        return store.current().lastSequence();
    }
}
