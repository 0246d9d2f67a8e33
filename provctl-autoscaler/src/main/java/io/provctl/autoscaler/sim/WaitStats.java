package io.provctl.autoscaler.sim;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * How long pods waited from submission to their first start, in seconds, over the pods that started.
 * Percentiles are nearest-rank (the smallest wait with at least p % of the pods at or below it), so each
 * is a wait some pod really had; all zero when no pod started.
 */
public record WaitStats(BigDecimal p50, BigDecimal p95, BigDecimal p99, BigDecimal max) {

    public static WaitStats ofMillis(long[] waits) {
        long[] sorted = waits.clone();
        Arrays.sort(sorted);
        return new WaitStats(seconds(rank(sorted, 50)), seconds(rank(sorted, 95)), seconds(rank(sorted, 99)),
                seconds(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /** Milliseconds as seconds, with only the decimals needed (never in exponent form). */
    static BigDecimal seconds(long millis) {
        BigDecimal s = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
