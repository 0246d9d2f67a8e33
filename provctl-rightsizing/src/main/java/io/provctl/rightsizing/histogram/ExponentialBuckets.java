package io.provctl.rightsizing.histogram;

/**
 * Buckets whose sizes grow by a fixed ratio: bucket 0 is {@code [0, firstSize)}, bucket i is
 * {@code ratio} times wider than bucket i-1. Fine where usage is common (small values), coarse where
 * it is rare, so a histogram from 1 millicore to 1,000 cores needs only a few hundred buckets.
 */
public record ExponentialBuckets(double firstSize, double ratio, double maxValue) {

    public ExponentialBuckets {
        if (!(firstSize > 0) || !(ratio > 1) || !(maxValue > firstSize)) {
            throw new IllegalArgumentException("need firstSize > 0, ratio > 1, maxValue > firstSize");
        }
    }

    public int count() {
        return index(maxValue) + 1;
    }

    /** The bucket holding {@code value}; values below 0 go to the first bucket, above max to the last. */
    public int index(double value) {
        if (value < firstSize) {
            return 0;
        }
        return Math.min(unbounded(value), unbounded(maxValue));
    }

    /** Where bucket {@code i} starts: the sum of the widths of the buckets before it. */
    public double start(int i) {
        return firstSize * (Math.pow(ratio, i) - 1) / (ratio - 1);
    }

    /** Where bucket {@code i} ends (the start of the next one). */
    public double end(int i) {
        return start(i + 1);
    }

    private int unbounded(double value) {
        return (int) Math.floor(Math.log(value * (ratio - 1) / firstSize + 1) / Math.log(ratio));
    }
}
