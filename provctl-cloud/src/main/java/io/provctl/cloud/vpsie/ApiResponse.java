package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;

import java.util.Optional;

/** One answer from VPSie: status, body text and the request ID VPSie support asks for. */
record ApiResponse(int status, String body, Optional<String> requestId) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** VPSie's {@code message}, or the start of the body when it is not VPSie's error JSON. */
    String errorMessage() {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (Exception e) {
            // not JSON: fall through to the raw text
        }
        String text = body.strip();
        return text.isEmpty() ? "no message" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
