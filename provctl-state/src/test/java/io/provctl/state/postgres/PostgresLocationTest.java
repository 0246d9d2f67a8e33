package io.provctl.state.postgres;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresLocationTest {

    @Test
    void credentialsMoveFromTheUrlIntoProperties() {
        PostgresLocation l = PostgresLocation.parse("postgresql://ops:s%40cret@db.internal:6543/provctl?sslmode=require");

        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/provctl?sslmode=require");
        assertThat(l.user()).contains("ops");
        assertThat(l.password()).contains("s@cret");
        assertThat(l.display()).isEqualTo("jdbc:postgresql://ops@db.internal:6543/provctl").doesNotContain("cret");
    }

    @Test
    void jdbcUrlsPassThroughAndHideTheirQueryInMessages() {
        PostgresLocation l = PostgresLocation.parse("jdbc:postgresql://db/provctl?user=ops&password=x");

        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db/provctl?user=ops&password=x");
        assertThat(l.user()).isEqualTo(Optional.empty());
        assertThat(l.display()).isEqualTo("jdbc:postgresql://db/provctl");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThat(PostgresLocation.matches("state.db")).isFalse();
        assertThatThrownBy(() -> PostgresLocation.parse("mysql://db/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgresql://");
    }
}
