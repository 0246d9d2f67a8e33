package io.provctl.bench;

import io.provctl.state.StateStores;
import io.provctl.store.StateStore;
import io.provctl.store.StateView;
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
import java.util.concurrent.TimeUnit;

/**
 * Loading the current state after {@code events} events over the same 200 resources. The history is
 * built once per trial; if loading read the log, the score would grow tenfold between the params.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StateLoadBenchmark {

    @Param({"10000", "100000"})
    int events;

    private Path dir;
    private String file;
    private StateStore store;

    @Setup(Level.Trial)
    public void buildHistory() {
        dir = TempStates.create();
        file = dir.resolve("state.db").toString();
        try (StateStore builder = StateStores.open(file, Clock.systemUTC())) {
            SyntheticHistory.appendAll(builder, SyntheticHistory.events(events, StateAppendBenchmark.RESOURCES),
                    1000);
        }
        store = StateStores.open(file, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void removeHistory() {
        store.close();
        TempStates.delete(dir);
    }

    /** current() on an open store, as a long-running process would call it. */
    @Benchmark
    public StateView current() {
        return store.current();
    }

    /** What a CLI command pays: open the file (header check, schema check), load, close. */
    @Benchmark
    public StateView openAndLoad() {
        try (StateStore fresh = StateStores.open(file, Clock.systemUTC())) {
            return fresh.current();
        }
    }
}
