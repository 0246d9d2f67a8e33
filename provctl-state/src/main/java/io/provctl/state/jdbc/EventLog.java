package io.provctl.state.jdbc;

import io.provctl.model.ResourceId;
import io.provctl.store.EventType;
import io.provctl.store.HistoryQuery;
import io.provctl.store.StateEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The append-only {@code events} table: rows are inserted, never updated or deleted. */
final class EventLog {

    private static final String COLUMNS = "sequence, at, actor, command, resource, type, payload, serial";

    private EventLog() {
    }

    static void insert(Connection c, List<StateEvent> events) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StateEvent e : events) {
                bind(st, e);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static List<StateEvent> query(Connection c, HistoryQuery query) throws SQLException {
        query.limit().filter(n -> n < 0).ifPresent(n -> {
            throw new IllegalArgumentException("history limit must not be negative, got " + n);
        });
        // newest first when limited, so the database stops after `limit` rows; reversed below
        String sql = "SELECT " + COLUMNS + " FROM events"
                + (query.resource().isPresent() ? " WHERE resource = ?" : "")
                + (query.limit().isPresent() ? " ORDER BY sequence DESC LIMIT ?" : " ORDER BY sequence");
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            if (query.resource().isPresent()) {
                st.setString(i++, query.resource().get().address());
            }
            if (query.limit().isPresent()) {
                st.setInt(i, query.limit().get());
            }
            List<StateEvent> out = read(st);
            if (query.limit().isPresent()) {
                Collections.reverse(out);
            }
            return out;
        }
    }

    private static void bind(PreparedStatement st, StateEvent e) throws SQLException {
        st.setLong(1, e.sequence());
        st.setString(2, e.at().toString());
        st.setString(3, e.actor());
        st.setString(4, e.command());
        if (e.resource().isPresent()) {
            st.setString(5, e.resource().get().address());
        } else {
            st.setNull(5, Types.VARCHAR);
        }
        st.setString(6, e.type().name());
        st.setString(7, PayloadJson.write(e.payload()));
        st.setLong(8, e.serial());
    }

    private static List<StateEvent> read(PreparedStatement st) throws SQLException {
        List<StateEvent> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new StateEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), Optional.ofNullable(rs.getString(5)).map(ResourceId::new),
                        EventType.valueOf(rs.getString(6)), PayloadJson.read(rs.getString(7)), rs.getLong(8)));
            }
        }
        return out;
    }
}
