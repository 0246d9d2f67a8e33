package io.provctl.rightsizing.histogram;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A histogram whose samples lose half their weight every {@code halfLife}: a sample's weight is
 * multiplied by {@code 2^((t - reference) / halfLife)}, so newer samples count more and a usage drop
 * is followed slowly while a rise is followed quickly. Mutable, not thread-safe: build one per
 * analysis.
 */
public final class DecayingHistogram {

    /** Weights below this are noise left by decay; a histogram holding only such weights is empty. */
    static final double EPSILON = 1e-4;
    /**
     * Largest decay exponent before the reference moves forward; 2^100 keeps doubles far from
     * overflow while letting the reference stay put for 100 half-lives.
     */
    private static final double MAX_EXPONENT = 100;
    /** 2^x is computed as e^(x ln 2): the same value, and exp is cheaper than pow on every sample. */
    private static final double LN2 = Math.log(2);

    private final ExponentialBuckets buckets;
    private final double halfLifeSeconds;
    private final double[] weights;
    private double total;
    private Instant reference;
    private long referenceMillis;

    public DecayingHistogram(ExponentialBuckets buckets, Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life must be positive: " + halfLife);
        }
        this.buckets = buckets;
        this.halfLifeSeconds = halfLife.toMillis() / 1000.0;
        this.weights = new double[buckets.count()];
    }

    /** Adds {@code value} observed at {@code at} with base weight {@code weight} (before decay). */
    public void add(double value, double weight, Instant at) {
        if (weight <= 0) {
            return;
        }
        if (reference == null) {
            reference = at;
            referenceMillis = at.toEpochMilli();
        }
        double exponent = (at.toEpochMilli() - referenceMillis) / 1000.0 / halfLifeSeconds;
        if (exponent > MAX_EXPONENT) {
            shiftReference(at);
            exponent = 0;
        }
        double w = weight * Math.exp(exponent * LN2);
        weights[buckets.index(value)] += w;
        total += w;
    }

    public boolean isEmpty() {
        return total < EPSILON;
    }

    /** Sum of the decayed weights relative to the reference instant. */
    public double totalWeight() {
        return total;
    }

    /**
     * The smallest bucket end below which at least {@code p} of the weight lies; empty when the
     * histogram is. Returning the bucket's end rounds up, which is the safe side for a request.
     */
    public Optional<Double> percentile(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("percentile must be within [0, 1]: " + p);
        }
        if (isEmpty()) {
            return Optional.empty();
        }
        double threshold = p * total;
        double cumulative = 0;
        int last = lastNonEmpty();
        for (int i = 0; i < last; i++) {
            cumulative += weights[i];
            if (cumulative >= threshold && weights[i] >= EPSILON) {
                return Optional.of(buckets.end(i));
            }
        }
        return Optional.of(buckets.end(last));
    }

    private int lastNonEmpty() {
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] >= EPSILON) {
                return i;
            }
        }
        return 0;
    }

    /** Moves the reference to {@code to} and scales existing weights so relative weights are unchanged. */
    private void shiftReference(Instant to) {
        double factor = Math.pow(2, -seconds(reference, to) / halfLifeSeconds);
        total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= factor;
            total += weights[i];
        }
        reference = to;
        referenceMillis = to.toEpochMilli();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
