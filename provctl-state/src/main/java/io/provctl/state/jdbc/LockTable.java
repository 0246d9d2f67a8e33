package io.provctl.state.jdbc;

import io.provctl.store.LockInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The one-row {@code lock} table. Callers run these inside a write transaction, which makes them atomic. */
final class LockTable {

    private LockTable() {
    }

    static Optional<LockInfo> holder(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, \"user\", host, pid, command, since FROM \"lock\"");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new LockInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), Instant.parse(rs.getString(6))));
        }
    }

    static void insert(Connection c, LockInfo lock) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO \"lock\" (slot, id, \"user\", host, pid,"
                + " command, since) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, lock.id());
            st.setString(2, lock.user());
            st.setString(3, lock.host());
            st.setLong(4, lock.pid());
            st.setString(5, lock.command());
            st.setString(6, lock.since().toString());
            st.executeUpdate();
        }
    }

    /** Deletes the lock if it still has this ID; returns whether it did. */
    static boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM \"lock\" WHERE id = ?")) {
            st.setString(1, id);
            return st.executeUpdate() > 0;
        }
    }
}
