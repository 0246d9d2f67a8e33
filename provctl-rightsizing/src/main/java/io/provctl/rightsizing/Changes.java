package io.provctl.rightsizing;

import java.util.OptionalDouble;

/** Relative changes and the maxChangePercent cap, in exact integer arithmetic. */
final class Changes {

    private Changes() {
    }

    /** {@code (after - before) / before} in percent; empty when {@code before} is 0 (no base to compare). */
    static OptionalDouble percent(long before, long after) {
        if (before == 0) {
            return after == 0 ? OptionalDouble.of(0) : OptionalDouble.empty();
        }
        return OptionalDouble.of((after - before) * 100.0 / before);
    }

    /**
     * {@code proposed}, moved no further than {@code maxPercent} from {@code before}. With no current
     * value there is nothing to measure a percentage against, so the proposal stands uncapped and the
     * gate, seeing no percentage, keeps it from being applied automatically.
     */
    static long cap(long before, long proposed, int maxPercent) {
        if (before == 0) {
            return proposed;
        }
        long low = ceilDiv(before * (100 - maxPercent), 100);
        long high = before * (100 + maxPercent) / 100;
        return Math.max(low, Math.min(high, proposed));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
