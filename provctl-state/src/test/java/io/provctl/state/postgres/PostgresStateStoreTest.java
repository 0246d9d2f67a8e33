package io.provctl.state.postgres;

import io.provctl.state.StateStores;
import io.provctl.state.jdbc.StateStoreContract;
import io.provctl.state.jdbc.StoreSettings;
import io.provctl.store.StateStore;
import io.provctl.store.StateStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapter contract against a real server, e.g.
 * {@code PROVCTL_TEST_POSTGRES_URL=postgresql://provctl@127.0.0.1:5432/postgres}. Each test gets its
 * own schema, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "PROVCTL_TEST_POSTGRES_URL", matches = ".+")
class PostgresStateStoreTest extends StateStoreContract {

    private final String baseUrl = System.getenv("PROVCTL_TEST_POSTGRES_URL");
    private final String schema = "provctl_test_" + UUID.randomUUID().toString().replace("-", "");

    private String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    protected StateStore openStore(StoreSettings settings) {
        return PostgresStateStores.open(url(), settings);
    }

    @BeforeEach
    void createSchema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void factoryOpensAPostgresUrl() {
        try (StateStore store = StateStores.open(url(), clock)) {
            assertThat(store.current().serial()).isZero();
        }
    }

    @Test
    void newerSchemaIsRefusedAndNothingIsWritten() throws SQLException {
        execute("CREATE TABLE " + schema + ".meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        execute("INSERT INTO " + schema + ".meta VALUES ('schema_version', '7')");

        assertThatThrownBy(() -> open()).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("was written by a newer provctl (schema 7, this provctl knows up to 1)")
                .hasMessageNotContaining("password");
        try (Connection c = connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                     + schema + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private Connection connect() throws SQLException {
        PostgresLocation location = PostgresLocation.parse(baseUrl);
        return DriverManager.getConnection(location.jdbcUrl(), location.properties());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
