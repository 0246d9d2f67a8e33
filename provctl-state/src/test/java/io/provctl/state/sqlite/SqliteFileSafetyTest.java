package io.provctl.state.sqlite;

import io.provctl.state.jdbc.StoreSettings;
import io.provctl.state.testsupport.Events;
import io.provctl.testsupport.MutableClock;
import io.provctl.store.StateStore;
import io.provctl.store.StateStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files provctl must refuse, and leave exactly as they were. */
class SqliteFileSafetyTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    private StateStore open(Path file) {
        return SqliteStateStores.open(file, StoreSettings.defaults(clock));
    }

    @Test
    void newerSchemaIsRefusedAndTheFileIsNotModified() throws Exception {
        Path file = dir.resolve("state.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("INSERT INTO meta VALUES ('schema_version', '7')");
            st.execute("CREATE TABLE events_v7 (x TEXT)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> open(file)).isInstanceOf(StateStoreException.class)
                .hasMessage(file + " was written by a newer provctl (schema 7, this provctl knows up to 1);"
                        + " upgrade provctl");

        assertUnchanged(file, before);
    }

    @Test
    void randomBytesAreRefusedNamingTheFileAndLeftUntouched() throws IOException {
        Path file = dir.resolve("state.db");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);

        assertThatThrownBy(() -> open(file)).isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a SQLite database");

        assertUnchanged(file, junk);
    }

    @Test
    void truncatedDatabaseIsRefusedAndLeftUntouched() throws IOException {
        Path file = dir.resolve("state.db");
        try (StateStore store = open(file)) {
            for (int i = 0; i < 50; i++) {
                store.append(Events.ALICE, List.of(Events.created(Events.POOL, Map.of("i", i, "pad", "x".repeat(500)))));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, truncated);

        assertThatThrownBy(() -> open(file)).isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("truncated");

        assertUnchanged(file, truncated);
    }

    @Test
    void emptyFileIsRefusedRatherThanStartingANewLineage() throws IOException {
        Path file = dir.resolve("state.db");
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> open(file)).isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a SQLite database");

        assertUnchanged(file, new byte[0]);
    }

    @Test
    void sqliteDatabaseOfAnotherProgramIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> open(file)).isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("another program");

        assertUnchanged(file, before);
    }

    @Test
    void reopeningAfterCleanCloseKeepsEverything() throws SQLException {
        Path file = dir.resolve("state.db");
        String lineage;
        try (StateStore store = open(file)) {
            store.append(Events.ALICE, List.of(Events.created(Events.NETWORK, Map.of("cidr", "10.0.0.0/16"))));
            lineage = store.current().lineage();
        }
        try (StateStore store = open(file)) {
            assertThat(store.current().lineage()).isEqualTo(lineage);
            assertThat(store.current().resources()).containsKey(Events.NETWORK);
        }
    }

    private static void assertUnchanged(Path file, byte[] before) {
        assertThat(file).hasBinaryContent(before);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + "-journal")).doesNotExist();
    }
}
