package io.provctl.state.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history. Append new migrations at the end; never edit a released one, because
 * databases in the field have already applied it.
 */
public final class Schema {

    private Schema() {
    }

    public static List<Migration> migrations(Dialect dialect) {
        return List.of(initial(dialect));
    }

    /** The newest schema version this build can read and write. */
    public static int latestVersion(Dialect dialect) {
        List<Migration> all = migrations(dialect);
        return all.get(all.size() - 1).version();
    }

    private static Migration initial(Dialect dialect) {
        List<String> sql = new ArrayList<>(List.of(
                "CREATE TABLE events (sequence " + dialect.sequenceType() + " PRIMARY KEY, at TEXT NOT NULL,"
                        + " actor TEXT NOT NULL, command TEXT NOT NULL, resource TEXT, type TEXT NOT NULL,"
                        + " payload TEXT NOT NULL, serial BIGINT NOT NULL)",
                "CREATE INDEX events_by_resource ON events (resource, sequence)",
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "CREATE TABLE resources (address TEXT PRIMARY KEY, provider_id TEXT NOT NULL,"
                        + " provider TEXT NOT NULL, region TEXT NOT NULL, attributes TEXT NOT NULL,"
                        + " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                "CREATE TABLE pending_intents (address TEXT PRIMARY KEY, intent TEXT NOT NULL,"
                        + " sequence BIGINT NOT NULL)",
                // slot pins the table to one row: one lock per state
                "CREATE TABLE \"lock\" (slot INTEGER PRIMARY KEY CHECK (slot = 1), id TEXT NOT NULL,"
                        + " \"user\" TEXT NOT NULL, host TEXT NOT NULL, pid BIGINT NOT NULL,"
                        + " command TEXT NOT NULL, since TEXT NOT NULL)"));
        sql.addAll(dialect.appendOnlyGuards());
        return new Migration(1, "event log, projection and lock", sql);
    }
}
