package io.provctl.autoscaler.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTest {

    @ParameterizedTest
    @CsvSource({
            "500m, 500", "1, 1000", "1.5, 1500", "0.1, 100", "2, 2000", "250m, 250", "1u, 1", "100n, 1",
            "1500000u, 1500", "1k, 1000000", "+2, 2000", ".5, 500", "1e3, 1000000", "1E-3, 1", "0, 0", "0m, 0"})
    void cpuReadsAsMillicores(String text, long millis) {
        assertThat(Quantities.millis(text)).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({
            "128Mi, 134217728", "1Gi, 1073741824", "1G, 1000000000", "2Ki, 2048", "1k, 1000", "1M, 1000000",
            "1T, 1000000000000", "1Ti, 1099511627776", "1Pi, 1125899906842624", "1P, 1000000000000000",
            "1E, 1000000000000000000", "1Ei, 1152921504606846976", "1.5Gi, 1610612736", "0.5Ki, 512",
            "123, 123", "1e9, 1000000000", "1e+2, 100", "100m, 1", "1500m, 2", "0.5, 1"})
    void memoryReadsAsWholeBytesRoundedUp(String text, long bytes) {
        assertThat(Quantities.whole(text)).isEqualTo(bytes);
    }

    @Test
    void parseIsExact() {
        assertThat(Quantities.parse("1.1Gi")).isEqualByComparingTo("1181116006.4");
        assertThat(Quantities.parse("  3m ")).isEqualByComparingTo("0.003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.3", "1Gb", "1KI", "m", "1 Gi", "Gi1", "--1", "1e"})
    void malformedQuantitiesAreRefused(String text) {
        assertThatThrownBy(() -> Quantities.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid quantity");
    }

    @Test
    void negativeAndHugeRequestsAreRefused() {
        assertThatThrownBy(() -> Quantities.whole("-1Gi")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Quantities.whole("100Ei")).hasMessageContaining("too large");
    }

    @Test
    void formatsForPeople() {
        assertThat(Quantities.formatBytes(4L << 30)).isEqualTo("4Gi");
        assertThat(Quantities.formatBytes(512L << 20)).isEqualTo("512Mi");
        assertThat(Quantities.formatBytes(1000)).isEqualTo("1000");
        assertThat(Quantities.formatMillis(2000)).isEqualTo("2");
        assertThat(Quantities.formatMillis(1500)).isEqualTo("1500m");
    }
}
