package io.provctl.autoscaler.sim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.provctl.autoscaler.sim.SimFixtures.policy;
import static io.provctl.autoscaler.sim.SimFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;

class SimOutputTest {

    private final SimResult onePod = Simulator.run(
            trace("submit_time_s,duration_s,cpu_millis,memory_mib\n0,3600,1500,1024\n"), policy(), Progress.NONE);

    @Test
    void jsonUsesTheAgreedNamesAndExactMoney() {
        JsonNode o = SimJson.tree(List.of(onePod));

        Set<String> names = new TreeSet<>();
        o.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("totalCost", "lowerBoundCost", "nodeHours", "peakNodes", "waitSeconds",
                "unscheduledPods", "scaleUps", "scaleDowns");
        assertThat(o.path("totalCost").asText()).isEqualTo("0.369000");
        assertThat(o.path("lowerBoundCost").asText()).isEqualTo("0.270000");
        assertThat(o.path("nodeHours").path("small").asText()).isEqualTo("1.0250");
        assertThat(o.path("waitSeconds").path("p99").decimalValue()).isEqualByComparingTo("70");
        assertThat(o.path("simulatedSeconds").toString()).doesNotContain("E");
    }

    @Test
    void severalPoliciesComeAsAList() {
        JsonNode o = SimJson.tree(List.of(onePod, onePod.withoutWallTime()));

        assertThat(o.path("policies")).hasSize(2);
    }

    @Test
    void theTimelineHasOneRowPerMinuteUntilTheEnd() {
        String csv = TimelineCsv.render(List.of(onePod));

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(TimelineCsv.HEADER.strip());
        assertThat(lines.get(1)).isEqualTo("test,0,0,,1,0.0000,0.0000,0");
        assertThat(lines.get(2)).isEqualTo("test,60,1,small=1,1,0.0000,0.0000,0.36");
        assertThat(lines.get(3)).isEqualTo("test,120,1,small=1,0,0.7500,0.1250,0.36");
    }

    @Test
    void theReportIsSelfContained() {
        String html = HtmlReport.render("a <test>", List.of(onePod));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<polyline", "a &lt;test&gt;", "Pending pods")
                .doesNotContain("<script", "http://", "https://");
    }

    @Test
    void theTextSummaryShowsOneColumnPerPolicy() {
        String text = SimText.render(List.of(onePod));

        assertThat(text).startsWith("MEASURE").contains("total cost             0.369000")
                .contains("wait p50/p95/p99/max   70/70/70/70s");
    }
}
