package io.provctl.state.jdbc;

import io.provctl.store.StateStoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to {@link Schema#latestVersion}. The version lives in {@code meta} under
 * {@code schema_version}; a database without {@code meta} is at version 0 (new). A newer version is
 * refused before anything is written, so an older provctl never damages a newer state.
 */
public final class SchemaMigrator {

    static final String VERSION_KEY = "schema_version";

    private SchemaMigrator() {
    }

    /** Reads the version without writing; fails when this build is too old for the database. */
    public static int checkReadable(Database db) {
        int found = db.query("read the schema version of", c -> version(c, db.dialect()));
        refuseNewer(db, found);
        return found;
    }

    /** Applies the missing migrations in one transaction. */
    public static void migrate(Database db) {
        db.write("migrate", c -> {
            int found = version(c, db.dialect());
            refuseNewer(db, found);
            for (Migration m : Schema.migrations(db.dialect())) {
                if (m.version() > found) {
                    apply(c, m);
                }
            }
            return null;
        });
    }

    static int version(Connection c, Dialect dialect) throws SQLException {
        if (!dialect.tableExists(c, "meta")) {
            return 0;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            st.setString(1, VERSION_KEY);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("table meta has no schema_version; not a provctl state database");
                }
                return Integer.parseInt(rs.getString(1));
            }
        }
    }

    private static void refuseNewer(Database db, int found) {
        int known = Schema.latestVersion(db.dialect());
        if (found > known) {
            throw new StateStoreException(db.location() + " was written by a newer provctl (schema " + found
                    + ", this provctl knows up to " + known + "); upgrade provctl");
        }
    }

    private static void apply(Connection c, Migration m) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : m.statements()) {
                st.execute(sql);
            }
        }
        Meta.put(c, List.of(new Meta.Entry(VERSION_KEY, Integer.toString(m.version()))));
    }
}
