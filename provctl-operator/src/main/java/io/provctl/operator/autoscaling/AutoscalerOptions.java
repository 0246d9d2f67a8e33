package io.provctl.operator.autoscaling;

import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceSources;

import java.time.Duration;
import java.util.Objects;

/**
 * How the operator autoscales: whether at all, how often a pass runs, how pending pods are batched, the
 * settings of the two planners and the prices that size and cost each offering.
 */
public record AutoscalerOptions(boolean enabled, Duration interval, PodBatcher batcher, ScaleUpSettings scaleUp,
                                ScaleDownSettings scaleDown, PriceSource prices) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    public AutoscalerOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(batcher, "batcher");
        Objects.requireNonNull(scaleUp, "scaleUp");
        Objects.requireNonNull(scaleDown, "scaleDown");
        Objects.requireNonNull(prices, "prices");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the autoscaler interval must be positive");
        }
    }

    public static AutoscalerOptions defaults() {
        return new AutoscalerOptions(true, DEFAULT_INTERVAL, PodBatcher.DEFAULT, ScaleUpSettings.DEFAULTS,
                ScaleDownSettings.DEFAULTS, PriceSources.embedded());
    }

    /** What an operator started without autoscaling options runs: no autoscaler, as before it existed. */
    public static AutoscalerOptions disabled() {
        return new AutoscalerOptions(false, DEFAULT_INTERVAL, PodBatcher.DEFAULT, ScaleUpSettings.DEFAULTS,
                ScaleDownSettings.DEFAULTS, PriceSources.embedded());
    }

    public AutoscalerOptions withEnabled(boolean value) {
        return new AutoscalerOptions(value, interval, batcher, scaleUp, scaleDown, prices);
    }

    public AutoscalerOptions withExpander(Expander value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp.withExpander(value), scaleDown, prices);
    }

    public AutoscalerOptions withInterval(Duration value) {
        return new AutoscalerOptions(enabled, value, batcher, scaleUp, scaleDown, prices);
    }

    public AutoscalerOptions withBatcher(PodBatcher value) {
        return new AutoscalerOptions(enabled, interval, value, scaleUp, scaleDown, prices);
    }

    public AutoscalerOptions withScaleDown(ScaleDownSettings value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp, value, prices);
    }

    public AutoscalerOptions withPrices(PriceSource value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp, scaleDown, value);
    }
}
