package io.provctl.rightsizing.histogram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DecayingHistogramTest {

    private static final ExponentialBuckets CPU = new ExponentialBuckets(10, 1.05, 1_000_000);
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void bucketsGrowByTheRatioAndHoldTheirValues() {
        assertThat(CPU.start(0)).isZero();
        assertThat(CPU.end(0)).isEqualTo(10.0);
        assertThat(CPU.end(1) - CPU.start(1)).isCloseTo(10.5, within(1e-9));
        for (double v : new double[] {0, 9.99, 10, 123.4, 5000, 999_999}) {
            int i = CPU.index(v);
            assertThat(v).isGreaterThanOrEqualTo(CPU.start(i)).isLessThan(CPU.end(i));
        }
        assertThat(CPU.index(5e9)).isEqualTo(CPU.count() - 1);
    }

    @Test
    void percentileOfAConstantSeriesIsTheEndOfItsBucket() {
        DecayingHistogram h = new DecayingHistogram(CPU, DAY);
        for (int i = 0; i < 100; i++) {
            h.add(200, 1, T0.plusSeconds(60L * i));
        }
        double expected = CPU.end(CPU.index(200));
        assertThat(h.percentile(0.5)).contains(expected);
        assertThat(h.percentile(0.9)).contains(expected);
        // A bucket is 5 % of its start plus the first bucket's 10 m wide.
        assertThat(expected).isGreaterThan(200.0).isLessThanOrEqualTo(200 * 1.05 + 10);
    }

    @Test
    void percentilesOfAUniformSeriesFallWithinOneBucket() {
        DecayingHistogram h = new DecayingHistogram(CPU, Duration.ofDays(10_000));
        for (int i = 1; i <= 1000; i++) {
            h.add(i, 1, T0);
        }
        assertThat(h.percentile(0.5).orElseThrow()).isBetween(500.0, 500 * 1.05);
        assertThat(h.percentile(0.9).orElseThrow()).isBetween(900.0, 900 * 1.05);
    }

    @Test
    void aSampleOneHalfLifeNewerWeighsTwice() {
        DecayingHistogram h = new DecayingHistogram(CPU, DAY);
        h.add(100, 1, T0);
        h.add(1000, 1, T0.plus(DAY));
        assertThat(h.totalWeight()).isCloseTo(3.0, within(1e-9));
        // 1/3 of the weight is the old 100 m, 2/3 the new 1000 m.
        assertThat(h.percentile(0.3)).contains(CPU.end(CPU.index(100)));
        assertThat(h.percentile(0.34)).contains(CPU.end(CPU.index(1000)));
    }

    @Test
    void samplesManyHalfLivesOldFadeOutWhenTheReferenceMoves() {
        DecayingHistogram h = new DecayingHistogram(CPU, DAY);
        h.add(100, 1, T0);
        h.add(1000, 1, T0.plus(Duration.ofDays(200)));
        assertThat(h.percentile(0)).contains(CPU.end(CPU.index(1000)));
        assertThat(h.totalWeight()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void emptyHistogramHasNoPercentile() {
        DecayingHistogram h = new DecayingHistogram(CPU, DAY);
        assertThat(h.isEmpty()).isTrue();
        assertThat(h.percentile(0.9)).isEmpty();
        assertThatThrownBy(() -> h.percentile(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
