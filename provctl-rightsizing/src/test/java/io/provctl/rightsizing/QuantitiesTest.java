package io.provctl.rightsizing;

import org.junit.jupiter.api.Test;

import static io.provctl.rightsizing.Resources.GIB;
import static io.provctl.rightsizing.Resources.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTest {

    @Test
    void readsCpuInCoresOrMillicores() {
        assertThat(Quantities.parseCpu("250m")).isEqualTo(250);
        assertThat(Quantities.parseCpu("2")).isEqualTo(2000);
        assertThat(Quantities.parseCpu("0.5")).isEqualTo(500);
        assertThat(Quantities.parseCpu("0.0001")).isEqualTo(1);
        assertThatThrownBy(() -> Quantities.parseCpu("two")).hasMessageContaining("not a CPU quantity");
    }

    @Test
    void readsMemoryInBinaryAndDecimalUnits() {
        assertThat(Quantities.parseMemory("512Mi")).isEqualTo(512 * MIB);
        assertThat(Quantities.parseMemory("1.5Gi")).isEqualTo(GIB + 512 * MIB);
        assertThat(Quantities.parseMemory("1G")).isEqualTo(1_000_000_000L);
        assertThat(Quantities.parseMemory("128974848")).isEqualTo(128_974_848L);
        assertThatThrownBy(() -> Quantities.parseMemory("1Gb")).hasMessageContaining("not a memory quantity");
    }

    @Test
    void writesTheLargestExactUnit() {
        assertThat(Quantities.cpu(2000)).isEqualTo("2");
        assertThat(Quantities.cpu(1500)).isEqualTo("1500m");
        assertThat(Quantities.memory(2 * GIB)).isEqualTo("2Gi");
        assertThat(Quantities.memory(300 * MIB)).isEqualTo("300Mi");
        assertThat(Quantities.memory(1000)).isEqualTo("1000");
        assertThat(Resources.of(250, 512 * MIB)).hasToString("250m / 512Mi");
    }
}
