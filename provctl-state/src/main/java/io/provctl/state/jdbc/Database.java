package io.provctl.state.jdbc;

import io.provctl.store.StateStoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection to a state database and the transactions on it. A JDBC connection is not safe for
 * concurrent use, so each transaction holds a guard; SQL errors become {@link StateStoreException}s
 * that name the database.
 */
public final class Database implements AutoCloseable {

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final String location;
    private final ReentrantLock guard = new ReentrantLock();

    public Database(Connection connection, Dialect dialect, String location) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The file or URL (without password), for messages. */
    public String location() {
        return location;
    }

    /** Runs outside any explicit transaction; for checks that must not write. */
    public <T> T query(String action, Work<T> work) {
        guard.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(action, e);
        } finally {
            guard.unlock();
        }
    }

    public <T> T read(String action, Work<T> work) {
        return inTransaction(action, false, work);
    }

    public <T> T write(String action, Work<T> work) {
        return inTransaction(action, true, work);
    }

    private <T> T inTransaction(String action, boolean write, Work<T> work) {
        guard.lock();
        try {
            begin(write);
            return runAndCommit(work);
        } catch (SQLException e) {
            throw failure(action, e);
        } finally {
            guard.unlock();
        }
    }

    private void begin(boolean write) throws SQLException {
        if (write) {
            dialect.beginWrite(connection);
        } else {
            dialect.beginRead(connection);
        }
    }

    private <T> T runAndCommit(Work<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            dialect.commit(connection);
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            dialect.rollback(connection);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StateStoreException failure(String action, SQLException e) {
        return new StateStoreException("cannot " + action + " state " + location + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
