package io.provctl.rightsizing;

import io.provctl.metrics.ContainerId;
import io.provctl.metrics.CpuSample;
import io.provctl.metrics.MemorySample;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTimesTest {

    private static final ContainerId APP = new ContainerId("web-1", "app");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void countsEachSampleTimeOnceAcrossCpuAndMemory() {
        SampleTimes times = SampleTimes.of(
                List.of(new CpuSample(T0.plusSeconds(120), APP, 1), new CpuSample(T0, APP, 1)),
                List.of(new MemorySample(T0, APP, 1), new MemorySample(T0.plusSeconds(60), APP, 1)));

        assertThat(times.distinct()).isEqualTo(3);
        assertThat(times.first()).contains(T0);
        assertThat(times.last()).contains(T0.plusSeconds(120));
    }

    @Test
    void noSamplesMeansNoTimes() {
        SampleTimes times = SampleTimes.of(List.of(), List.of());

        assertThat(times.distinct()).isZero();
        assertThat(times.first()).isEmpty();
        assertThat(times.last()).isEmpty();
    }
}
