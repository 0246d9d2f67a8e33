package io.provctl.state.sqlite;

import io.provctl.state.jdbc.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * SQLite: the connection stays in JDBC auto-commit and transactions are begun by hand, because only
 * {@code BEGIN IMMEDIATE} takes the write lock up front (a deferred transaction that later writes can
 * fail with SQLITE_BUSY instead of waiting).
 */
final class SqliteDialect implements Dialect {

    @Override
    public String sequenceType() {
        return "INTEGER";
    }

    @Override
    public List<String> appendOnlyGuards() {
        return List.of(
                "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                        + " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
                "CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                        + " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END");
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void prepare(Connection connection) throws SQLException {
        // WAL lets another process read while this one writes; set only after the version check,
        // because switching the journal mode rewrites the file header
        execute(connection, "PRAGMA journal_mode=WAL");
    }

    @Override
    public void beginRead(Connection connection) throws SQLException {
        execute(connection, "BEGIN DEFERRED");
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        execute(connection, "COMMIT");
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            return;
        }
        execute(connection, "ROLLBACK");
    }

    static int countTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
