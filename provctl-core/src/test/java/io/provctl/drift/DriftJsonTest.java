package io.provctl.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.Test;

import static io.provctl.drift.DriftDetectorTest.CP;
import static io.provctl.drift.DriftDetectorTest.DESIRED;
import static io.provctl.drift.DriftDetectorTest.RECORDED;
import static io.provctl.drift.DriftDetectorTest.attribute;
import static io.provctl.drift.DriftDetectorTest.with;
import static org.assertj.core.api.Assertions.assertThat;

class DriftJsonTest {

    @Test
    void theDocumentedShape() throws Exception {
        DriftReport report = DriftDetector.detect(DESIRED, RECORDED, with(CP, p -> attribute(p, "version", "1.29")),
                java.time.Instant.parse("2026-11-23T10:05:00Z"));

        JsonNode json = Json.read(DriftJson.write(report));

        assertThat(json.path("detected_at").asText()).isEqualTo("2026-11-23T10:05:00Z");
        assertThat(json.path("drift").asBoolean()).isTrue();
        assertThat(json.path("summary").toString()).isEqualTo("{\"by_severity\":{\"high\":1},\"by_type\":{\"version_skew\":1},"
                + "\"highest_severity\":\"high\",\"remediable\":0,\"total\":1}");
        JsonNode d = json.path("drifts").get(0);
        assertThat(d.path("address").asText()).isEqualTo("cluster.prod.control_plane");
        assertThat(d.path("kind").asText()).isEqualTo("control_plane");
        assertThat(d.path("expected").asText()).isEqualTo("1.28");
        assertThat(d.path("actual").asText()).isEqualTo("1.29");
        assertThat(json.path("unapplied")).isEmpty();
        assertThat(DriftJson.eventPayload(report)).containsEntry("highest_severity", "high").containsEntry("drifts", 1);
    }
}
