package io.provctl.state.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * A PostgreSQL location as users write it ({@code postgresql://user:secret@host:5432/db}) or as JDBC
 * wants it ({@code jdbc:postgresql://host/db?user=...}). The JDBC driver does not accept credentials
 * before the host, so they move into connection properties; {@link #display} never shows the password.
 */
public record PostgresLocation(String jdbcUrl, Optional<String> user, Optional<String> password) {

    public static boolean matches(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql://");
    }

    public static PostgresLocation parse(String location) {
        if (location.startsWith("jdbc:postgresql://")) {
            return new PostgresLocation(location, Optional.empty(), Optional.empty());
        }
        if (!matches(location)) {
            throw new IllegalArgumentException("not a PostgreSQL URL: '" + location
                    + "'; expected postgresql://[user[:password]@]host[:port]/database");
        }
        URI uri = URI.create(location);
        String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String[] userInfo = Optional.ofNullable(uri.getRawUserInfo()).orElse("").split(":", 2);
        return new PostgresLocation("jdbc:postgresql://" + hostPort + uri.getRawPath() + query,
                part(userInfo, 0), part(userInfo, 1));
    }

    public Properties properties() {
        Properties p = new Properties();
        user.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        return p;
    }

    /** The URL for messages: user shown, password and query parameters (which may hold one) left out. */
    public String display() {
        String base = jdbcUrl.replaceFirst("\\?.*$", "");
        return user.map(u -> base.replaceFirst("//", "//" + u + "@")).orElse(base);
    }

    private static Optional<String> part(String[] parts, int i) {
        return i < parts.length && !parts[i].isEmpty()
                ? Optional.of(URLDecoder.decode(parts[i], StandardCharsets.UTF_8)) : Optional.empty();
    }
}
