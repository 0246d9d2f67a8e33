package io.provctl.rightsizing.histogram;

/**
 * Buckets whose sizes grow by a fixed ratio: bucket 0 is {@code [0, firstSize)}, bucket i is
 * {@code ratio} times wider than bucket i-1. Fine where usage is common (small values), coarse where
 * it is rare, so a histogram from 1 millicore to 1,000 cores needs only a few hundred buckets.
 * A class rather than a record so that the logarithm of the ratio and the last index are worked out
 * once: {@link #index} runs for every sample of every container.
 */
public final class ExponentialBuckets {

    private final double firstSize;
    private final double ratio;
    private final double maxValue;
    private final double logRatio;
    private final int last;

    public ExponentialBuckets(double firstSize, double ratio, double maxValue) {
        if (!(firstSize > 0) || !(ratio > 1) || !(maxValue > firstSize)) {
            throw new IllegalArgumentException("need firstSize > 0, ratio > 1, maxValue > firstSize");
        }
        this.firstSize = firstSize;
        this.ratio = ratio;
        this.maxValue = maxValue;
        this.logRatio = Math.log(ratio);
        this.last = unbounded(maxValue);
    }

    public int count() {
        return last + 1;
    }

    /** The bucket holding {@code value}; values below 0 go to the first bucket, above max to the last. */
    public int index(double value) {
        if (value < firstSize) {
            return 0;
        }
        return value >= maxValue ? last : Math.min(unbounded(value), last);
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
        return (int) Math.floor(Math.log(value * (ratio - 1) / firstSize + 1) / logRatio);
    }
}
