package io.provctl.autoscaler.scaleup;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityConfigTest {

    @Test
    void readsTheClusterAutoscalerFormat() {
        Map<Integer, List<String>> regexes = PriorityConfig.regexes("""
                10:
                  - .*
                50:
                  - spot-.*
                  - "gpu-[0-9]+"
                -5: batch
                """);

        assertThat(regexes).containsExactly(Map.entry(-5, List.of("batch")), Map.entry(10, List.of(".*")),
                Map.entry(50, List.of("spot-.*", "gpu-[0-9]+")));
        assertThat(PriorityConfig.parse("10: [\"web\"]").name()).isEqualTo("priority");
    }

    @Test
    void aKeyThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> PriorityConfig.regexes("10: [a]\nhigh: [b]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("priority \"high\" is not an integer");
    }

    @Test
    void aBadRegexIsNamedWithItsPriority() {
        assertThatThrownBy(() -> PriorityConfig.regexes("10:\n  - web\n  - \"spot-[\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("priority 10: regex \"spot-[\" is invalid: ");
    }

    @Test
    void otherShapesAreRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> PriorityConfig.regexes("")).hasMessageStartingWith("no priorities");
        assertThatThrownBy(() -> PriorityConfig.regexes("- web\n"))
                .hasMessageStartingWith("expected a mapping of integer priority to a list of regexes");
        assertThatThrownBy(() -> PriorityConfig.regexes("10: []\n")).hasMessage("priority 10: no regexes");
        assertThatThrownBy(() -> PriorityConfig.regexes("10:\n  - {a: b}\n"))
                .hasMessage("priority 10: expected a list of regexes");
        assertThatThrownBy(() -> PriorityConfig.regexes("10: [web\n")).hasMessageStartingWith("not YAML: ")
                .hasMessageContaining("(line ");
    }
}
