package io.provctl.state.sqlite;

import io.provctl.state.jdbc.Database;
import io.provctl.state.jdbc.JdbcStateStore;
import io.provctl.state.jdbc.SchemaMigrator;
import io.provctl.state.jdbc.StoreSettings;
import io.provctl.store.StateStore;
import io.provctl.store.StateStoreException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Opens the SQLite state file, creating it and its directory on first use. */
public final class SqliteStateStores {

    /** Where the state lives unless configured otherwise, relative to the working directory. */
    public static final Path DEFAULT_PATH = Path.of(".provctl", "state.db");

    /** How long a write waits for another process's write transaction before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteStateStores() {
    }

    public static StateStore open(Path file, StoreSettings settings) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.exists(path)) {
            SqliteFileCheck.verify(path);
        } else {
            createParent(path);
        }
        Database db = new Database(connect(path), new SqliteDialect(), path.toString());
        refuseForeign(db);
        return JdbcStateStore.open(db, settings);
    }

    private static void createParent(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StateStoreException("cannot create directory " + path.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw new StateStoreException("cannot open state file " + path + ": " + e.getMessage(), e);
        }
    }

    /** A SQLite file of another program is left alone rather than filled with provctl's tables. */
    private static void refuseForeign(Database db) {
        try {
            boolean foreign = SchemaMigrator.checkReadable(db) == 0
                    && db.query("inspect", SqliteDialect::countTables) > 0;
            if (foreign) {
                throw new StateStoreException("state file " + db.location()
                        + " is a SQLite database of another program (it has tables but no provctl schema);"
                        + " it was not modified");
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
