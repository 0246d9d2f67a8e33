package io.provctl.state.jdbc;

import java.util.List;

/** One step of the schema: applied once, in order of version, inside a transaction. */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, got " + version);
        }
        statements = List.copyOf(statements);
    }
}
