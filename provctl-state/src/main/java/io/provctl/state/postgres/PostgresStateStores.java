package io.provctl.state.postgres;

import io.provctl.state.jdbc.Database;
import io.provctl.state.jdbc.JdbcStateStore;
import io.provctl.state.jdbc.StoreSettings;
import io.provctl.store.StateStore;
import io.provctl.store.StateStoreException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens a state kept in a PostgreSQL database (one state per database, or per schema via currentSchema). */
public final class PostgresStateStores {

    private PostgresStateStores() {
    }

    public static StateStore open(String url, StoreSettings settings) {
        PostgresLocation location = PostgresLocation.parse(url);
        Database db = new Database(connect(location), new PostgresDialect(), location.display());
        return JdbcStateStore.open(db, settings);
    }

    private static Connection connect(PostgresLocation location) {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), location.properties());
        } catch (SQLException e) {
            throw new StateStoreException("cannot connect to state database " + location.display() + ": "
                    + e.getMessage(), e);
        }
    }
}
