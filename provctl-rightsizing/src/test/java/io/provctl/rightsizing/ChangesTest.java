package io.provctl.rightsizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @Test
    void capsReductionsAndIncreasesAtTheGivenPercent() {
        assertThat(Changes.cap(1000, 100, 50)).isEqualTo(500);
        assertThat(Changes.cap(1000, 3000, 50)).isEqualTo(1500);
        assertThat(Changes.cap(1000, 800, 50)).isEqualTo(800);
        assertThat(Changes.cap(1000, 100, 100)).isEqualTo(100);
    }

    @Test
    void roundsTowardTheCurrentValueSoTheCapIsNeverExceeded() {
        assertThat(Changes.cap(3, 1, 50)).isEqualTo(2);
        assertThat(Changes.cap(3, 9, 50)).isEqualTo(4);
    }

    @Test
    void nothingToMeasureAgainstLeavesTheProposal() {
        assertThat(Changes.cap(0, 250, 10)).isEqualTo(250);
        assertThat(Changes.percent(0, 250)).isEmpty();
        assertThat(Changes.percent(0, 0)).hasValue(0);
        assertThat(Changes.percent(400, 100)).hasValue(-75);
    }
}
