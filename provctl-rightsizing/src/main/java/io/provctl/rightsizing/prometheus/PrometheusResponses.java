package io.provctl.rightsizing.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import io.provctl.metrics.MetricsException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of {@code /api/v1/query_range}: {@code {"status":"success","data":{"resultType":"matrix",
 * "result":[{"metric":{...},"values":[[<unix seconds>,"<value>"],...]}]}}}. Every other shape is an
 * error whose message names the server and the query.
 */
final class PrometheusResponses {

    private PrometheusResponses() {
    }

    static List<Series> parse(String server, String query, int httpStatus, String body) {
        JsonNode root = read(server, query, httpStatus, body);
        String status = root.path("status").asText("");
        if (httpStatus != 200 || !"success".equals(status)) {
            throw new MetricsException(server + " answered HTTP " + httpStatus + errorText(root) + " to " + query);
        }
        JsonNode data = root.path("data");
        if (!"matrix".equals(data.path("resultType").asText()) || !data.path("result").isArray()) {
            throw new MetricsException(server + " returned no matrix for " + query + " (resultType '"
                    + data.path("resultType").asText("") + "')");
        }
        List<Series> out = new ArrayList<>();
        for (JsonNode s : data.path("result")) {
            out.add(series(server, query, s));
        }
        return out;
    }

    private static JsonNode read(String server, String query, int httpStatus, String body) {
        try {
            JsonNode root = Json.read(body);
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            return root;
        } catch (IOException e) {
            String what = httpStatus == 200 ? "malformed JSON" : "HTTP " + httpStatus + " with a body that is not JSON";
            throw new MetricsException(server + " returned " + what + " for " + query + ": " + abbreviate(body), e);
        }
    }

    private static String errorText(JsonNode root) {
        String type = root.path("errorType").asText("");
        String error = root.path("error").asText("");
        if (type.isEmpty() && error.isEmpty()) {
            return "";
        }
        return " (" + (type.isEmpty() ? "" : type + ": ") + error + ")";
    }

    private static Series series(String server, String query, JsonNode s) {
        Map<String, String> labels = new LinkedHashMap<>();
        s.path("metric").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<Series.Point> points = new ArrayList<>();
        for (JsonNode p : s.path("values")) {
            if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isTextual()) {
                throw new MetricsException(server + " returned a malformed point " + p + " for " + query);
            }
            double v = value(server, query, p.get(1).asText());
            if (Double.isFinite(v)) {
                points.add(new Series.Point(instant(p.get(0).decimalValue()), v));
            }
        }
        return new Series(labels, points);
    }

    private static double value(String server, String query, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new MetricsException(server + " returned a sample value '" + text + "' that is not a number for "
                    + query, e);
        }
    }

    private static Instant instant(BigDecimal unixSeconds) {
        long seconds = unixSeconds.longValue();
        long nanos = unixSeconds.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "...";
    }
}
