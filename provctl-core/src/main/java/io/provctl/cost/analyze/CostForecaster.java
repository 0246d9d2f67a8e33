package io.provctl.cost.analyze;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary least squares on (days since the first snapshot, monthly cost). The band is the 95 %
 * prediction interval under normal residuals: estimate +/- 1.96 * s * sqrt(1 + 1/n + (x - mean x)^2 / Sxx),
 * where s is the residual standard error (n - 2 degrees of freedom; zero with only two points).
 */
public final class CostForecaster {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal Z95 = new BigDecimal("1.96");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private CostForecaster() {
    }

    public static Forecast forecast(CostHistory history, int days) {
        List<CostHistory.Point> pts = history.totals();
        if (pts.size() < 2) {
            throw new IllegalArgumentException("a forecast needs at least 2 cost snapshots, found " + pts.size());
        }
        if (days < 1) {
            throw new IllegalArgumentException("forecast days must be at least 1");
        }
        Instant origin = pts.get(0).at();
        Fit fit = Fit.of(pts.stream().map(p -> dayOf(origin, p.at())).toList(),
                pts.stream().map(CostHistory.Point::monthly).toList());
        Instant last = pts.get(pts.size() - 1).at();
        List<Forecast.Point> out = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            Instant at = last.plus(Duration.ofDays(d));
            out.add(fit.predict(at, dayOf(origin, at)));
        }
        return new Forecast(fit.slope, fit.intercept, fit.s, pts.size(), out, assumptions(pts.size()));
    }

    private static List<String> assumptions(int n) {
        List<String> a = new ArrayList<>();
        a.add("The monthly cost follows a straight line in time (ordinary least squares over "
                + n + " snapshots).");
        a.add("Residuals are independent and normally distributed with constant variance; the band is the"
                + " 95 % prediction interval.");
        a.add("Snapshots are the estimates recorded at each apply, not billed amounts.");
        if (n < 3) {
            a.add("With only 2 snapshots the residual error cannot be estimated: the band has zero width.");
        }
        return a;
    }

    private static BigDecimal dayOf(Instant origin, Instant at) {
        return BigDecimal.valueOf(Duration.between(origin, at).getSeconds()).divide(SECONDS_PER_DAY, MC);
    }

    /** The fitted line and what the prediction band needs. */
    private record Fit(BigDecimal slope, BigDecimal intercept, BigDecimal s, int n, BigDecimal meanX,
                       BigDecimal sxx) {

        static Fit of(List<BigDecimal> xs, List<BigDecimal> ys) {
            int n = xs.size();
            BigDecimal meanX = mean(xs);
            BigDecimal meanY = mean(ys);
            BigDecimal sxx = BigDecimal.ZERO;
            BigDecimal sxy = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal dx = xs.get(i).subtract(meanX);
                sxx = sxx.add(dx.multiply(dx));
                sxy = sxy.add(dx.multiply(ys.get(i).subtract(meanY)));
            }
            if (sxx.signum() == 0) {
                throw new IllegalArgumentException("all cost snapshots have the same time: no trend to fit");
            }
            BigDecimal slope = sxy.divide(sxx, MC);
            BigDecimal intercept = meanY.subtract(slope.multiply(meanX));
            BigDecimal sse = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal r = ys.get(i).subtract(intercept.add(slope.multiply(xs.get(i))));
                sse = sse.add(r.multiply(r));
            }
            BigDecimal s = n > 2 ? sse.divide(BigDecimal.valueOf(n - 2L), MC).sqrt(MC) : BigDecimal.ZERO;
            return new Fit(slope, intercept, s, n, meanX, sxx);
        }

        Forecast.Point predict(Instant at, BigDecimal x) {
            BigDecimal y = intercept.add(slope.multiply(x));
            BigDecimal dx = x.subtract(meanX);
            BigDecimal factor = BigDecimal.ONE.add(BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC))
                    .add(dx.multiply(dx).divide(sxx, MC)).sqrt(MC);
            BigDecimal half = Z95.multiply(s).multiply(factor);
            return new Forecast.Point(at, y, y.subtract(half), y.add(half));
        }

        private static BigDecimal mean(List<BigDecimal> v) {
            return v.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(v.size()), MC);
        }
    }
}
