package io.provctl.state.postgres;

import io.provctl.state.jdbc.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL: writers are serialised by a transaction-scoped advisory lock, so two provctl processes
 * never compute the next sequence from the same snapshot. Writes run in READ COMMITTED so that the
 * statements after the lock see what the previous writer committed; reads run in REPEATABLE READ so
 * the projection tables are read from one snapshot.
 */
final class PostgresDialect implements Dialect {

    /** Any fixed 64-bit number; it only has to be the same for every provctl writer. */
    private static final long WRITER_LOCK_KEY = 0x70726f7663746cL;

    @Override
    public String sequenceType() {
        return "BIGINT";
    }

    @Override
    public List<String> appendOnlyGuards() {
        return List.of(
                "CREATE FUNCTION provctl_events_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$",
                "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events"
                        + " FOR EACH ROW EXECUTE FUNCTION provctl_events_append_only()");
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Override
    public void prepare(Connection connection) {
        // nothing to set per connection
    }

    @Override
    public void beginRead(Connection connection) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setAutoCommit(false);
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            st.setLong(1, WRITER_LOCK_KEY);
            st.execute();
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }
}
