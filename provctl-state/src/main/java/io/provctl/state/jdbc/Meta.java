package io.provctl.state.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code meta} key/value table: schema version, lineage, serial and last sequence. */
final class Meta {

    static final String LINEAGE = "lineage";
    static final String SERIAL = "serial";
    static final String LAST_SEQUENCE = "last_sequence";

    record Entry(String key, String value) {
    }

    private Meta() {
    }

    static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT key, value FROM meta");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    static void put(Connection c, List<Entry> entries) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            for (Entry e : entries) {
                st.setString(1, e.key());
                st.setString(2, e.value());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
