package org.sitrep.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code postgresql://user@host:port/name}: what it names, its defaults, and a password refused. */
class PostgresUrlTest {

    @Test
    void readsUserHostPortAndDatabase() {
        PostgresUrl url = PostgresUrl.parse("postgresql://monitor@db.example.org:6543/record");

        assertThat(url).isEqualTo(new PostgresUrl("monitor", "db.example.org", 6543, "record", Map.of()));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/record");
        assertThat(url).hasToString("postgresql://monitor@db.example.org:6543/record");
    }

    @Test
    void thePortDefaultsTo5432AndParametersGoToTheDriver() {
        PostgresUrl url = PostgresUrl.parse("postgres://monitor@localhost/record?sslmode=require");

        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/record?sslmode=require");
        assertThat(PostgresUrl.parse("postgresql://m@h/r?sslmode=require&connectTimeout=5&ApplicationName=x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:5432/r?sslmode=require&connectTimeout=5&ApplicationName=x");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://monitor:s3cret@localhost:5432/record"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a password never goes in the URL")
                .hasMessageContaining("PGPASSWORD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://monitor@localhost/record?password=s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void aUrlWithoutDatabaseIsRefused() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://monitor@localhost:5432/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database");
    }

    @Test
    void onlyPostgresSchemesAreUrlsAndAPathIsNot() {
        assertThat(PostgresUrl.isPostgresUrl("postgresql://a@b/c")).isTrue();
        assertThat(PostgresUrl.isPostgresUrl("POSTGRES://a@b/c")).isTrue();
        assertThat(PostgresUrl.isPostgresUrl("sitrep.db")).isFalse();
        assertThat(PostgresUrl.isPostgresUrl("/var/lib/postgresql/record.db")).isFalse();
        assertThat(PostgresUrl.isPostgresUrl(null)).isFalse();
    }
}
