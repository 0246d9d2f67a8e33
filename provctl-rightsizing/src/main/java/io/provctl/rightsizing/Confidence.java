package io.provctl.rightsizing;

import java.time.Duration;
import java.time.Instant;

/**
 * How much history stands behind an estimate, in days: the smaller of the span from the first to the
 * last sample and the time the samples actually cover (distinct sample times x step). As in the VPA,
 * a long but sparse history is worth no more than its samples, and a dense but short one no more than
 * its span. The VPA counts one sample per minute; counting each sample as one step gives the same
 * figure at a 1-minute step and stays fair at Prometheus' coarser steps.
 */
public record Confidence(double historyDays) {

    private static final double SECONDS_PER_DAY = 86_400;

    public Confidence {
        if (!(historyDays >= 0)) {
            throw new IllegalArgumentException("history must not be negative: " + historyDays);
        }
    }

    public static Confidence none() {
        return new Confidence(0);
    }

    public static Confidence of(Instant first, Instant last, long distinctSampleTimes, Duration step) {
        double spanDays = Duration.between(first, last).toSeconds() / SECONDS_PER_DAY;
        double coveredDays = distinctSampleTimes * (double) step.toSeconds() / SECONDS_PER_DAY;
        return new Confidence(Math.min(spanDays, coveredDays));
    }

    /**
     * The score in [0, 1) that policies compare with minConfidence: {@code d / (d + 1)}. It is the
     * inverse of the VPA's upper-bound widening {@code 1 + 1/d}: 1 day gives 0.5, 3 days 0.75,
     * 7 days 0.875, 30 days 0.97. With the default minConfidence of 0.7 a workload needs 2⅓ days of
     * dense history before a change may be applied without a person.
     */
    public double score() {
        return historyDays / (historyDays + 1);
    }

    /** The lesser of two confidences: a recommendation is as sure as its least-known container. */
    public Confidence min(Confidence other) {
        return historyDays <= other.historyDays ? this : other;
    }
}
