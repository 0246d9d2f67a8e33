package io.provctl.cost;

import io.provctl.cost.analyze.CostForecaster;
import io.provctl.cost.analyze.CostHistory;
import io.provctl.cost.analyze.CostSnapshot;
import io.provctl.cost.analyze.Forecast;
import io.provctl.model.ResourceId;
import io.provctl.store.EventType;
import io.provctl.store.StateEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostAnalyzerTest {

    private static final Instant T0 = Instant.parse("2026-11-01T12:00:00Z");

    private static CostHistory series(String... monthly) {
        List<CostSnapshot> s = new ArrayList<>();
        for (int i = 0; i < monthly.length; i++) {
            s.add(new CostSnapshot(T0.plus(Duration.ofDays(i)), new BigDecimal(monthly[i]), new TreeMap<>()));
        }
        return new CostHistory(s);
    }

    private static BigDecimal r6(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP);
    }

    @Test
    void exactLinearSeriesGivesItsSlopeAndAZeroWidthBand() {
        Forecast f = CostForecaster.forecast(series("1000", "1010", "1020", "1030", "1040"), 30);
        assertThat(f.slopePerDay()).isEqualByComparingTo("10");
        assertThat(f.intercept()).isEqualByComparingTo("1000");
        assertThat(f.residualStandardError()).isEqualByComparingTo("0");
        assertThat(f.points()).hasSize(30);
        Forecast.Point last = f.points().get(29);
        assertThat(last.at()).isEqualTo(T0.plus(Duration.ofDays(34)));
        assertThat(last.monthly()).isEqualByComparingTo("1340");
        assertThat(last.lower()).isEqualByComparingTo(last.upper());
    }

    @Test
    void noisySeriesGivesThe95PercentPredictionBand() {
        // x = 0..3, y = 1, 3, 2, 4: slope 0.8, intercept 1.3, s = sqrt(0.9); at x = 4 the half-width is
        // 1.96 * sqrt(0.9) * sqrt(1 + 1/4 + 6.25/5) = 1.96 * 1.5 = 2.94.
        Forecast f = CostForecaster.forecast(series("1", "3", "2", "4"), 1);
        assertThat(r6(f.slopePerDay())).isEqualByComparingTo("0.8");
        assertThat(r6(f.intercept())).isEqualByComparingTo("1.3");
        Forecast.Point p = f.points().get(0);
        assertThat(r6(p.monthly())).isEqualByComparingTo("4.5");
        assertThat(r6(p.lower())).isEqualByComparingTo("1.56");
        assertThat(r6(p.upper())).isEqualByComparingTo("7.44");
        assertThat(f.assumptions()).anyMatch(a -> a.contains("straight line"));
    }

    @Test
    void needsAtLeastTwoSnapshots() {
        assertThatThrownBy(() -> CostForecaster.forecast(series("5"), 30)).hasMessageContaining("at least 2");
        assertThat(CostForecaster.forecast(series("5", "7"), 1).assumptions())
                .anyMatch(a -> a.contains("zero width"));
    }

    @Test
    void snapshotPayloadRoundTripsThroughCanonicalValues() {
        TreeMap<ResourceId, BigDecimal> res = new TreeMap<>();
        res.put(ResourceId.pool("c", "web"), new BigDecimal("182.208"));
        res.put(ResourceId.controlPlane("c"), new BigDecimal("73.00"));
        CostSnapshot s = new CostSnapshot(T0, new BigDecimal("255.208"), res);
        Map<String, Object> payload = s.toPayload();
        assertThat(payload.get("monthly_usd")).isEqualTo(new BigDecimal("255.208"));
        assertThat(payload.get("recorded_at")).isEqualTo("2026-11-01T12:00:00Z");
        CostSnapshot back = CostSnapshot.fromPayload(payload);
        assertThat(back.recordedAt()).isEqualTo(T0);
        assertThat(back.monthly()).isEqualByComparingTo("255.208");
        assertThat(back.resources().get(ResourceId.controlPlane("c"))).isEqualByComparingTo("73");
        assertThat(CostSnapshot.fromPayload(Map.of("recorded_at", "2026-11-01T12:00:00Z", "monthly_usd", "1.5"))
                .monthly()).isEqualByComparingTo("1.5");
    }

    @Test
    void historyIsReadBackFromApplyFinishedEvents() {
        CostSnapshot s1 = new CostSnapshot(T0, new BigDecimal("100"), new TreeMap<>());
        CostSnapshot s2 = new CostSnapshot(T0.plus(Duration.ofDays(1)), new BigDecimal("120"), new TreeMap<>());
        List<StateEvent> log = List.of(
                event(1, EventType.APPLY_STARTED, Map.of()),
                event(2, EventType.APPLY_FINISHED, Map.of(CostSnapshot.EVENT_KEY, s2.toPayload())),
                event(3, EventType.APPLY_FINISHED, Map.of(CostSnapshot.EVENT_KEY, s1.toPayload())),
                event(4, EventType.APPLY_FINISHED, Map.of()));
        CostHistory h = CostHistory.fromEvents(log);
        assertThat(h.totals()).extracting(CostHistory.Point::monthly)
                .containsExactly(new BigDecimal("100"), new BigDecimal("120"));
        assertThat(CostForecaster.forecast(h, 1).slopePerDay()).isEqualByComparingTo("20");
    }

    private static StateEvent event(long seq, EventType type, Map<String, Object> payload) {
        return new StateEvent(seq, T0, "me@host", "apply", Optional.empty(), type, new TreeMap<>(payload), seq);
    }

    @Test
    void historyIsInTimeOrderAndPerResource() {
        TreeMap<ResourceId, BigDecimal> res = new TreeMap<>();
        res.put(ResourceId.pool("c", "web"), BigDecimal.TEN);
        CostHistory h = new CostHistory(List.of(new CostSnapshot(T0.plusSeconds(60), BigDecimal.TEN, res),
                new CostSnapshot(T0, BigDecimal.ONE, new TreeMap<>())));
        assertThat(h.totals()).extracting(CostHistory.Point::monthly).containsExactly(BigDecimal.ONE, BigDecimal.TEN);
        assertThat(h.of(ResourceId.pool("c", "web"))).extracting(CostHistory.Point::monthly)
                .containsExactly(BigDecimal.ZERO, BigDecimal.TEN);
    }
}
