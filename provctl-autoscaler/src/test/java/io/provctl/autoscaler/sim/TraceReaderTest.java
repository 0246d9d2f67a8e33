package io.provctl.autoscaler.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.provctl.autoscaler.sim.SimFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceReaderTest {

    @Test
    void readsRequiredAndOptionalColumnsAndIgnoresUnknownOnes() {
        Trace t = trace("""
                memory_mib,cpu_millis,submit_time_s,duration_s,team,name,namespace,node_selector,priority,count
                512,250,1.5,60,payments,api,shop,disk=ssd;zone=a,10,1
                256,100,0,30,,worker,,,,3
                """);

        assertThat(t.pods()).hasSize(4);
        TracePod first = t.pods().get(0);
        assertThat(first.key()).isEqualTo("default/worker-0");
        assertThat(first.submitMillis()).isZero();
        TracePod api = t.pods().get(3);
        assertThat(api).isEqualTo(new TracePod("shop", "api", 1500, 60_000, 250, 512,
                Map.of("disk", "ssd", "zone", "a"), 10, 2));
        assertThat(t.pods().stream().map(TracePod::name)).containsExactly("worker-0", "worker-1", "worker-2", "api");
    }

    @Test
    void repeatedNamesStayDistinct() {
        Trace t = trace("submit_time_s,duration_s,cpu_millis,memory_mib,name\n0,1,1,1,a\n0,1,1,1,a\n");

        assertThat(t.pods().stream().map(TracePod::name)).containsExactly("a", "a~2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0,60,100,x|trace.csv line 3: memory_mib must be a whole number, got \"x\"",
            "0,60,100|trace.csv line 3: memory_mib is missing",
            "-1,60,100,64|trace.csv line 3: submit_time_s must be 0 or more, got -1",
            "0,1.0005,100,64|trace.csv line 3: duration_s must be a number of seconds with at most 3 decimals",
            "0,60,100,64,0|trace.csv line 3: count must be at least 1, got 0",
            "0,60,100,64,1,zone|trace.csv line 3: node_selector must be k=v;k=v, got \"zone\""})
    void aMalformedRowIsAnErrorNamingItsLine(String row, String message) {
        String csv = "submit_time_s,duration_s,cpu_millis,memory_mib,count,node_selector\n0,60,100,64,1,\n" + row + "\n";

        assertThatThrownBy(() -> trace(csv)).isInstanceOf(SimInputException.class).hasMessageStartingWith(message);
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        assertThatThrownBy(() -> trace("submit_time_s,duration_s,cpu_millis\n0,1,1\n"))
                .hasMessage("trace.csv line 1: the header has no column memory_mib"
                        + " (required: submit_time_s,duration_s,cpu_millis,memory_mib)");
    }
}
