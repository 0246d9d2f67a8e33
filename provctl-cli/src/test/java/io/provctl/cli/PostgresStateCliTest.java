package io.provctl.cli;

import io.provctl.state.postgres.PostgresLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's state in PostgreSQL: two working directories share one state through {@code --state}.
 * Runs when {@code PROVCTL_TEST_POSTGRES_URL} names a server (.ci/run starts one).
 */
@EnabledIfEnvironmentVariable(named = "PROVCTL_TEST_POSTGRES_URL", matches = ".+")
class PostgresStateCliTest {

    private final String baseUrl = System.getenv("PROVCTL_TEST_POSTGRES_URL");
    private final String schema = "cli_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path alice;

    @TempDir
    Path bob;

    private String stateUrl() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
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
    void twoPeopleShareOneStateAndItsHistory() {
        CliHarness first = new CliHarness(alice);
        first.example("quickstart.hcl");
        first.env.put("PROVCTL_STATE", stateUrl());
        assertThat(first.run("apply", "--auto-approve", "quickstart.hcl").code()).isZero();

        CliHarness second = new CliHarness(bob);
        second.env.put("PROVCTL_ACTOR", "bob");
        CliHarness.Result list = second.run("state", "list", "--state", stateUrl());
        CliHarness.Result history = second.run("history", "--state", stateUrl());

        assertThat(list.out().lines()).hasSize(5);
        assertThat(history.out()).contains("alice@", "resource_created");
        assertThat(alice.resolve(".provctl/state.db")).doesNotExist();
    }

    private void execute(String sql) throws SQLException {
        PostgresLocation location = PostgresLocation.parse(baseUrl);
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.properties())) {
            c.createStatement().execute(sql);
        }
    }
}
