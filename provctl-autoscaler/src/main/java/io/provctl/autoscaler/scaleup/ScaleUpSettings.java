package io.provctl.autoscaler.scaleup;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Cluster-wide rules of scale-up: the expander, and ceilings on the number of nodes and on what they
 * cost per hour (existing plus new).
 */
public record ScaleUpSettings(Expander expander, int maxClusterNodes, Optional<BigDecimal> maxCostPerHour) {

    public static final ScaleUpSettings DEFAULTS = new ScaleUpSettings(new Expander.LeastCost(), 10_000, Optional.empty());

    public ScaleUpSettings {
        Objects.requireNonNull(expander, "expander");
        Objects.requireNonNull(maxCostPerHour, "maxCostPerHour");
        if (maxClusterNodes < 0) {
            throw new IllegalArgumentException("maxClusterNodes must be 0 or more");
        }
    }

    public ScaleUpSettings withExpander(Expander value) {
        return new ScaleUpSettings(value, maxClusterNodes, maxCostPerHour);
    }

    public ScaleUpSettings withMaxClusterNodes(int value) {
        return new ScaleUpSettings(expander, value, maxCostPerHour);
    }

    public ScaleUpSettings withMaxCostPerHour(BigDecimal value) {
        return new ScaleUpSettings(expander, maxClusterNodes, Optional.of(value));
    }
}
