package io.provctl.cost.analyze;

import io.provctl.cost.estimate.CostEstimate;
import io.provctl.model.Attributes;
import io.provctl.model.ResourceId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The estimated cost of what was applied, at one moment. {@code apply} records one in the event log,
 * under {@link #EVENT_KEY} in the payload of its {@code APPLY_FINISHED} event, as canonical attribute
 * values (strings, BigDecimals and maps), so history and forecast can be computed from the log alone.
 */
public record CostSnapshot(Instant recordedAt, BigDecimal monthly, SortedMap<ResourceId, BigDecimal> resources) {

    /** Key of the snapshot in the {@code APPLY_FINISHED} event payload. */
    public static final String EVENT_KEY = "cost_snapshot";

    static final String RECORDED_AT = "recorded_at";
    static final String MONTHLY = "monthly_usd";
    static final String RESOURCES = "resources";

    public CostSnapshot {
        resources = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public static CostSnapshot of(Instant at, CostEstimate estimate) {
        return new CostSnapshot(at, estimate.monthly(), estimate.monthlyByResource());
    }

    /** The event payload: {@code recorded_at} (ISO-8601), {@code monthly_usd} and {@code resources}. */
    public Map<String, Object> toPayload() {
        Map<String, Object> res = new LinkedHashMap<>();
        resources.forEach((id, v) -> res.put(id.address(), v));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(RECORDED_AT, recordedAt.toString());
        p.put(MONTHLY, monthly);
        p.put(RESOURCES, res);
        return Attributes.canonicalMap(p);
    }

    /** Reads a payload written by {@link #toPayload()}; numbers may be BigDecimals or decimal strings. */
    public static CostSnapshot fromPayload(Map<String, Object> payload) {
        Object at = payload.get(RECORDED_AT);
        if (at == null || payload.get(MONTHLY) == null) {
            throw new IllegalArgumentException("cost snapshot payload needs " + RECORDED_AT + " and " + MONTHLY);
        }
        SortedMap<ResourceId, BigDecimal> res = new TreeMap<>();
        if (payload.get(RESOURCES) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> res.put(ResourceId.parse(String.valueOf(k)), decimal(v)));
        }
        return new CostSnapshot(Instant.parse(at.toString()), decimal(payload.get(MONTHLY)), res);
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(v));
    }
}
