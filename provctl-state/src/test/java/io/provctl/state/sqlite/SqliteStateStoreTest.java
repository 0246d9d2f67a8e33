package io.provctl.state.sqlite;

import io.provctl.state.StateStores;
import io.provctl.state.jdbc.StateStoreContract;
import io.provctl.state.jdbc.StoreSettings;
import io.provctl.state.testsupport.Events;
import io.provctl.store.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteStateStoreTest extends StateStoreContract {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(".provctl").resolve("state.db");
    }

    @Override
    protected StateStore openStore(StoreSettings settings) {
        return SqliteStateStores.open(file(), settings);
    }

    @Test
    void createsTheFileAndItsDirectoryOnFirstUseInWalMode() throws SQLException {
        assertThat(file().getParent()).doesNotExist();

        open().current();

        assertThat(file()).isRegularFile();
        assertThat(query("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(query("SELECT value FROM meta WHERE key = 'schema_version'")).isEqualTo("1");
    }

    @Test
    void factoryOpensAPathAsSqlite() {
        try (StateStore store = StateStores.open(file().toString(), clock)) {
            assertThat(store.current().serial()).isZero();
        }
        assertThat(file()).isRegularFile();
    }

    @Test
    void eventsCannotBeUpdatedOrDeleted() {
        open().append(Events.ALICE, List.of(Events.created(Events.NETWORK, Map.of())));

        assertThatThrownBy(() -> execute("UPDATE events SET actor = 'mallory'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM events")).hasMessageContaining("append-only");
    }

    @Test
    void aReaderInAnotherConnectionIsNotBlockedByAnOpenWriteTransaction() throws SQLException {
        StateStore store = open();
        store.current();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO meta (key, value) VALUES ('uncommitted', 'x')");

            assertThat(store.current().lastSequence()).isEqualTo(1);

            st.execute("ROLLBACK");
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        assertThat(Files.exists(file())).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
