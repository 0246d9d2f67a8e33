package io.provctl.operator.autoscaling;

import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.PriceSources;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the operator autoscales: whether at all, how often a pass runs, how pending pods are batched, the
 * settings of the two planners, the prices that size and cost each offering, and where the priority
 * expander's ConfigMap is when that expander is chosen.
 */
public record AutoscalerOptions(boolean enabled, Duration interval, PodBatcher batcher, ScaleUpSettings scaleUp,
                                ScaleDownSettings scaleDown, PriceSource prices,
                                Optional<ConfigMapRef> priorityConfigMap) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    public AutoscalerOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(batcher, "batcher");
        Objects.requireNonNull(scaleUp, "scaleUp");
        Objects.requireNonNull(scaleDown, "scaleDown");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(priorityConfigMap, "priorityConfigMap");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the autoscaler interval must be positive");
        }
    }

    public static AutoscalerOptions defaults() {
        return new AutoscalerOptions(true, DEFAULT_INTERVAL, PodBatcher.DEFAULT, ScaleUpSettings.DEFAULTS,
                ScaleDownSettings.DEFAULTS, PriceSources.embedded(), Optional.empty());
    }

    /** What an operator started without autoscaling options runs: no autoscaler, as before it existed. */
    public static AutoscalerOptions disabled() {
        return new AutoscalerOptions(false, DEFAULT_INTERVAL, PodBatcher.DEFAULT, ScaleUpSettings.DEFAULTS,
                ScaleDownSettings.DEFAULTS, PriceSources.embedded(), Optional.empty());
    }

    public AutoscalerOptions withEnabled(boolean value) {
        return new AutoscalerOptions(value, interval, batcher, scaleUp, scaleDown, prices, priorityConfigMap);
    }

    public AutoscalerOptions withExpander(Expander value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp.withExpander(value), scaleDown, prices, priorityConfigMap);
    }

    public AutoscalerOptions withInterval(Duration value) {
        return new AutoscalerOptions(enabled, value, batcher, scaleUp, scaleDown, prices, priorityConfigMap);
    }

    public AutoscalerOptions withBatcher(PodBatcher value) {
        return new AutoscalerOptions(enabled, interval, value, scaleUp, scaleDown, prices, priorityConfigMap);
    }

    public AutoscalerOptions withScaleDown(ScaleDownSettings value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp, value, prices, priorityConfigMap);
    }

    /**
     * The priority expander, its priorities read from this ConfigMap on every pass; scaleUp's expander is
     * what chooses while the ConfigMap is missing or has never parsed.
     */
    /** The cluster-wide ceilings of scale-up: nodes in all groups, and what they cost an hour. */
    public AutoscalerOptions withCeilings(int maxClusterNodes, Optional<BigDecimal> maxCostPerHour) {
        ScaleUpSettings up = scaleUp.withMaxClusterNodes(maxClusterNodes);
        return new AutoscalerOptions(enabled, interval, batcher, maxCostPerHour.map(up::withMaxCostPerHour).orElse(up),
                scaleDown, prices, priorityConfigMap);
    }

    public AutoscalerOptions withPriorityConfigMap(ConfigMapRef value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp, scaleDown, prices, Optional.of(value));
    }

    /** The expander's name as the log says it. */
    public String expanderName() {
        return priorityConfigMap.map(c -> "priority from ConfigMap " + c).orElse(scaleUp.expander().name());
    }

    public AutoscalerOptions withPrices(PriceSource value) {
        return new AutoscalerOptions(enabled, interval, batcher, scaleUp, scaleDown, value, priorityConfigMap);
    }
}
