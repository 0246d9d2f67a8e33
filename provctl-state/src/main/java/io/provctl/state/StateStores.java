package io.provctl.state;

import io.provctl.state.jdbc.StoreSettings;
import io.provctl.state.postgres.PostgresLocation;
import io.provctl.state.postgres.PostgresStateStores;
import io.provctl.state.sqlite.SqliteStateStores;
import io.provctl.store.StateStore;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the state store a location names: a {@code postgresql://} URL, or else a SQLite file path. */
public final class StateStores {

    private StateStores() {
    }

    public static StateStore open(String location, Clock clock) {
        return open(location, StoreSettings.defaults(clock));
    }

    public static StateStore open(String location, StoreSettings settings) {
        if (location.isBlank()) {
            throw new IllegalArgumentException("state location is empty; give a file path or a postgresql:// URL");
        }
        return PostgresLocation.matches(location)
                ? PostgresStateStores.open(location, settings)
                : SqliteStateStores.open(Path.of(location), settings);
    }

    /** The default state, {@code .provctl/state.db} under the working directory. */
    public static StateStore openDefault(Clock clock) {
        return SqliteStateStores.open(SqliteStateStores.DEFAULT_PATH, StoreSettings.defaults(clock));
    }
}
