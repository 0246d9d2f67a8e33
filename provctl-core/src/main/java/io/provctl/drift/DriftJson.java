package io.provctl.drift;

import io.provctl.json.Json;
import io.provctl.model.ResourceId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The JSON form of a drift report ({@code drift detect -o json}); the shape is documented in docs/drift.md. */
public final class DriftJson {

    private DriftJson() {
    }

    public static String write(DriftReport report) {
        return Json.write(map(report));
    }

    public static Map<String, Object> map(DriftReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detected_at", report.detectedAt().toString());
        m.put("drift", report.hasDrift());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", report.drifts().size());
        summary.put("remediable", report.remediable().size());
        summary.put("highest_severity", report.highestSeverity().map(Severity::jsonName).orElse(null));
        Map<String, Long> bySeverity = new TreeMap<>();
        report.countBySeverity().forEach((k, v) -> bySeverity.put(k.jsonName(), v));
        Map<String, Long> byType = new TreeMap<>();
        report.countByType().forEach((k, v) -> byType.put(k.jsonName(), v));
        summary.put("by_severity", bySeverity);
        summary.put("by_type", byType);
        m.put("summary", summary);
        m.put("drifts", report.drifts().stream().map(DriftJson::drift).toList());
        m.put("unapplied", report.unapplied().stream().map(ResourceId::address).toList());
        return m;
    }

    private static Map<String, Object> drift(Drift d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", d.id().address());
        m.put("kind", d.id().kind().label());
        m.put("type", d.type().jsonName());
        m.put("severity", d.severity().jsonName());
        m.put("attribute", d.attribute().orElse(null));
        m.put("expected", d.expected().orElse(null));
        m.put("actual", d.actual().orElse(null));
        m.put("remediable", d.remediable());
        m.put("explanation", d.explanation());
        return m;
    }

    /** The payload of the DRIFT_DETECTED event: counts, not the values, so the log stays small. */
    public static Map<String, Object> eventPayload(DriftReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("drifts", report.drifts().size());
        m.put("remediable", report.remediable().size());
        m.put("highest_severity", report.highestSeverity().map(Severity::jsonName).orElse("none"));
        Map<String, Long> byType = new TreeMap<>();
        report.countByType().forEach((k, v) -> byType.put(k.jsonName(), v));
        m.put("by_type", byType);
        m.put("resources", report.drifts().stream().map(d -> d.id().address()).distinct().toList());
        return m;
    }
}
