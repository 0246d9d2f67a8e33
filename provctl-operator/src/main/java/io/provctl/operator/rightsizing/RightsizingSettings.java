package io.provctl.operator.rightsizing;

import io.provctl.metrics.MetricsException;
import io.provctl.metrics.MetricsSource;
import io.provctl.rightsizing.Recommender;
import io.provctl.rightsizing.ResourcePrices;
import io.provctl.rightsizing.apply.RollbackAdvisor;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * What the CostOptimization controller runs with.
 *
 * @param source   where usage comes from (Prometheus in production, a fake in tests)
 * @param prices   what a vCPU-hour and a GiB-hour of requests cost
 * @param watchPoll how often an applied change's pods are looked at while it is watched
 * @param periodic the longest time between two reconciles of a CostOptimization
 */
public record RightsizingSettings(MetricsSource source, ResourcePrices prices, Recommender recommender,
                                  RollbackAdvisor advisor, Duration watchPoll, Duration periodic) {

    /**
     * m5.large in us-east-1 on demand ($0.096/h, 2 vCPU, 8 GiB) split half to CPU and half to memory,
     * as {@link ResourcePrices} documents: the price of a common general-purpose node when the operator
     * is not told the nodes' own.
     */
    public static final ResourcePrices DEFAULT_PRICES = new ResourcePrices(new BigDecimal("0.024"),
            new BigDecimal("0.006"), "aws m5.large us-east-1 at $0.096/h, 50% of it for CPU, the rest for memory");

    public RightsizingSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(advisor, "advisor");
    }

    /** The VPA's defaults, the standard rollback advisor, a 10 s watch poll and a 30 min timer. */
    public static RightsizingSettings defaults(MetricsSource source) {
        return new RightsizingSettings(source, DEFAULT_PRICES, Recommender.withVpaDefaults(),
                RollbackAdvisor.standard(), Duration.ofSeconds(10), Duration.ofMinutes(30));
    }

    /** A source that refuses every query: the operator runs, and each CostOptimization says why it cannot. */
    public static MetricsSource unconfiguredSource() {
        return query -> {
            throw new MetricsException("no metrics source is configured: run the operator with --prometheus-url");
        };
    }

    public RightsizingSettings withWatchPoll(Duration poll) {
        return new RightsizingSettings(source, prices, recommender, advisor, poll, periodic);
    }
}
