package io.provctl.rightsizing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskLevelTest {

    @Test
    void levelsCompareByRiskNotByName() {
        assertThat(RiskLevel.LOW.isAtMost(RiskLevel.MEDIUM)).isTrue();
        assertThat(RiskLevel.MEDIUM.isAtMost(RiskLevel.MEDIUM)).isTrue();
        assertThat(RiskLevel.HIGH.isAtMost(RiskLevel.MEDIUM)).isFalse();
        assertThat(RiskLevel.CRITICAL.isAtMost(RiskLevel.HIGH)).isFalse();
        assertThat(RiskLevel.CRITICAL.isAtMost(RiskLevel.CRITICAL)).isTrue();
        // Alphabetically HIGH < LOW < MEDIUM: a string comparison lets HIGH through a MEDIUM limit
        // and stops LOW, which is what the original operator's gate did.
        assertThat("HIGH".compareTo("MEDIUM")).isNegative();
        assertThat("LOW".compareTo("HIGH")).isPositive();
        assertThat(RiskLevel.LOW.isAtMost(RiskLevel.HIGH)).isTrue();
    }

    @Test
    void raisingStopsAtCritical() {
        assertThat(RiskLevel.LOW.raised()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.HIGH.raised()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(RiskLevel.CRITICAL.raised()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(RiskLevel.LOW.atLeast(RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.CRITICAL.atLeast(RiskLevel.HIGH)).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void parsesAnyCase() {
        assertThat(RiskLevel.parse("medium")).isEqualTo(RiskLevel.MEDIUM);
    }
}
