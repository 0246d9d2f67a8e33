package io.provctl.state.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the databases behind {@link JdbcStateStore}: how a write transaction
 * serialises writers, how a table is looked up, and a few column types. Everything else, including
 * the upsert syntax ({@code ON CONFLICT ... DO UPDATE}), is shared.
 */
public interface Dialect {

    /** The column type of the event sequence; SQLite wants INTEGER so it aliases the rowid. */
    String sequenceType();

    /** Statements that make the events table reject updates and deletes. */
    java.util.List<String> appendOnlyGuards();

    boolean tableExists(Connection connection, String table) throws SQLException;

    /** Runs once on a fresh connection, after the schema version was found acceptable. */
    void prepare(Connection connection) throws SQLException;

    void beginRead(Connection connection) throws SQLException;

    /** Starts a transaction that excludes every other writer until it ends. */
    void beginWrite(Connection connection) throws SQLException;

    void commit(Connection connection) throws SQLException;

    void rollback(Connection connection) throws SQLException;
}
