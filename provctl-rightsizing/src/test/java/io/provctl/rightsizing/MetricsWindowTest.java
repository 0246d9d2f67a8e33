package io.provctl.rightsizing;

import io.provctl.metrics.UsageQuery;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.provctl.rightsizing.Usages.NOW;
import static io.provctl.rightsizing.Usages.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsWindowTest {

    @Test
    void everyLabelOfTheCrdParses() {
        assertThat(MetricsWindow.parse("1h").length()).isEqualTo(Duration.ofHours(1));
        assertThat(MetricsWindow.parse("24h").length()).isEqualTo(Duration.ofDays(1));
        assertThat(MetricsWindow.parse("7d").length()).isEqualTo(Duration.ofDays(7));
        assertThat(MetricsWindow.parse("14d").length()).isEqualTo(Duration.ofDays(14));
        assertThat(MetricsWindow.parse("30d").length()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> MetricsWindow.parse("90d")).hasMessageContaining("expected 1h, 24h, 7d, 14d or 30d");
    }

    @Test
    void queriesEndNowAndStayUnderPrometheusPointLimit() {
        for (MetricsWindow w : MetricsWindow.values()) {
            UsageQuery q = w.queryFor(WEB, NOW);
            assertThat(q.end()).isEqualTo(NOW);
            assertThat(q.span()).isEqualTo(w.length());
            assertThat(q.span().dividedBy(q.step())).isLessThanOrEqualTo(11_000);
        }
    }

    @Test
    void policyDefaultsFollowTheCrd() {
        OptimizationPolicy p = OptimizationPolicy.defaults(OptimizationType.CPU);
        assertThat(p.maxChangePercent()).isEqualTo(50);
        assertThat(p.minConfidence()).isEqualTo(0.7);
        assertThat(p.maxRiskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(p.dryRun()).isTrue();
        assertThat(p.autoApply()).isFalse();
        assertThat(p.rollbackOnFailure()).isTrue();
        assertThat(p.metricsWindow()).isEqualTo(MetricsWindow.SEVEN_DAYS);
        assertThat(p.schedule().expression()).isEqualTo("0 */6 * * *");
        assertThatThrownBy(() -> p.withMaxChangePercent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withMaxChangePercent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withMinConfidence(1.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
