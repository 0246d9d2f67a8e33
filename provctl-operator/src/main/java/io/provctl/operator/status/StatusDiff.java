package io.provctl.operator.status;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Objects;

/** Compares statuses by their JSON form, so that an unchanged status is never written. */
public final class StatusDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusDiff() {
    }

    public static boolean same(Object a, Object b) {
        return Objects.equals(JSON.valueToTree(a), JSON.valueToTree(b));
    }

    /** A deep copy through JSON, so that a status can be changed without touching the cached resource. */
    public static <T> T copy(T value, Class<T> type) {
        return JSON.convertValue(value, type);
    }
}
