package io.provctl.state.jdbc;

import io.provctl.model.ResourceId;
import io.provctl.store.EventType;
import io.provctl.store.PendingIntent;
import io.provctl.store.RecordedResource;
import io.provctl.store.StateView;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The projection tables ({@code meta}, {@code resources}, {@code pending_intents}). Reading them costs
 * the size of the current state, not of the history; writing touches only the rows that changed.
 */
final class ProjectionTables {

    private ProjectionTables() {
    }

    /** The stored view, or empty before the state was initialised. */
    static Optional<StateView> read(Connection c) throws SQLException {
        Map<String, String> meta = Meta.all(c);
        if (!meta.containsKey(Meta.LINEAGE)) {
            return Optional.empty();
        }
        return Optional.of(new StateView(meta.get(Meta.LINEAGE), Long.parseLong(meta.get(Meta.SERIAL)),
                Long.parseLong(meta.get(Meta.LAST_SEQUENCE)), resources(c), pending(c)));
    }

    static void write(Connection c, StateView before, StateView after) throws SQLException {
        writeResources(c, before.resources(), after.resources());
        writePending(c, before.pendingIntents(), after.pendingIntents());
        Meta.put(c, List.of(new Meta.Entry(Meta.LINEAGE, after.lineage()),
                new Meta.Entry(Meta.SERIAL, Long.toString(after.serial())),
                new Meta.Entry(Meta.LAST_SEQUENCE, Long.toString(after.lastSequence()))));
    }

    private static SortedMap<ResourceId, RecordedResource> resources(Connection c) throws SQLException {
        SortedMap<ResourceId, RecordedResource> out = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT address, provider_id, provider, region,"
                + " attributes, created_at, updated_at FROM resources");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ResourceId id = new ResourceId(rs.getString(1));
                out.put(id, new RecordedResource(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        PayloadJson.read(rs.getString(5)), Instant.parse(rs.getString(6)),
                        Instant.parse(rs.getString(7))));
            }
        }
        return out;
    }

    private static SortedMap<ResourceId, PendingIntent> pending(Connection c) throws SQLException {
        SortedMap<ResourceId, PendingIntent> out = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT address, intent, sequence FROM pending_intents");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ResourceId id = new ResourceId(rs.getString(1));
                out.put(id, new PendingIntent(id, EventType.valueOf(rs.getString(2)), rs.getLong(3)));
            }
        }
        return out;
    }

    private static void writeResources(Connection c, Map<ResourceId, RecordedResource> before,
                                       Map<ResourceId, RecordedResource> after) throws SQLException {
        delete(c, "resources", removed(before, after));
        try (PreparedStatement st = c.prepareStatement("INSERT INTO resources (address, provider_id, provider,"
                + " region, attributes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (address) DO UPDATE SET provider_id = excluded.provider_id,"
                + " provider = excluded.provider, region = excluded.region, attributes = excluded.attributes,"
                + " created_at = excluded.created_at, updated_at = excluded.updated_at")) {
            for (RecordedResource r : changed(before, after)) {
                st.setString(1, r.id().address());
                st.setString(2, r.providerId());
                st.setString(3, r.provider());
                st.setString(4, r.region());
                st.setString(5, PayloadJson.write(r.attributes()));
                st.setString(6, r.createdAt().toString());
                st.setString(7, r.updatedAt().toString());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writePending(Connection c, Map<ResourceId, PendingIntent> before,
                                     Map<ResourceId, PendingIntent> after) throws SQLException {
        delete(c, "pending_intents", removed(before, after));
        try (PreparedStatement st = c.prepareStatement("INSERT INTO pending_intents (address, intent, sequence)"
                + " VALUES (?, ?, ?) ON CONFLICT (address) DO UPDATE SET intent = excluded.intent,"
                + " sequence = excluded.sequence")) {
            for (PendingIntent p : changed(before, after)) {
                st.setString(1, p.resource().address());
                st.setString(2, p.intent().name());
                st.setLong(3, p.sequence());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void delete(Connection c, String table, List<ResourceId> ids) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE address = ?")) {
            for (ResourceId id : ids) {
                st.setString(1, id.address());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static <V> List<ResourceId> removed(Map<ResourceId, V> before, Map<ResourceId, V> after) {
        return before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
    }

    private static <V> List<V> changed(Map<ResourceId, V> before, Map<ResourceId, V> after) {
        return after.entrySet().stream()
                .filter(e -> !Objects.equals(before.get(e.getKey()), e.getValue()))
                .map(Map.Entry::getValue)
                .toList();
    }
}
