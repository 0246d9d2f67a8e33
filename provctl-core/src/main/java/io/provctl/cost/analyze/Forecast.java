package io.provctl.cost.analyze;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A linear trend of the monthly cost fitted by least squares, and its projection day by day with a
 * 95 % prediction band. {@code slopePerDay} is the change of the monthly cost per day.
 */
public record Forecast(BigDecimal slopePerDay, BigDecimal intercept, BigDecimal residualStandardError,
                       int observations, List<Point> points, List<String> assumptions) {

    /** One projected day: the trend value and the band around it. */
    public record Point(Instant at, BigDecimal monthly, BigDecimal lower, BigDecimal upper) {
    }

    public Forecast {
        points = List.copyOf(points);
        assumptions = List.copyOf(assumptions);
    }
}
