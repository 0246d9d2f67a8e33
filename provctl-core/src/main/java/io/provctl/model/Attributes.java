package io.provctl.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Canonical attribute values shared by the planner, the state and the providers: a value is a
 * {@link String}, a {@link BigDecimal} (stripped of trailing zeros, so 3 and 3.0 are equal), a
 * {@link Boolean}, an unmodifiable {@link List} of values or an unmodifiable sorted {@link Map} of
 * values. Canonical values compare with {@code equals}, which is what diffing relies on.
 */
public final class Attributes {

    private Attributes() {
    }

    /** Returns the canonical form of a map of attribute values. */
    public static SortedMap<String, Object> canonicalMap(Map<String, ?> values) {
        SortedMap<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, canonical(v)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Returns the canonical form of one value; rejects types that cannot be stored. */
    public static Object canonical(Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            return normalise(d);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return normalise(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger i) {
            return normalise(new BigDecimal(i));
        }
        if (value instanceof Double || value instanceof Float) {
            return normalise(new BigDecimal(value.toString()));
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(canonical(v)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            SortedMap<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), canonical(v)));
            return Collections.unmodifiableSortedMap(out);
        }
        throw new IllegalArgumentException("unsupported attribute value: "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** Renders a canonical value the way plan output and tables show it (HCL-like). */
    public static String render(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(render(v)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> items.add(k + " = " + render(v)));
            return "{" + String.join(", ", items) + "}";
        }
        return String.valueOf(value);
    }

    private static BigDecimal normalise(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
