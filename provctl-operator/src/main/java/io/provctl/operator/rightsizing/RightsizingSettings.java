package io.provctl.operator.rightsizing;

import io.provctl.metrics.MetricsException;
import io.provctl.metrics.MetricsSource;
import io.provctl.rightsizing.Recommender;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.rightsizing.ResourcePrices;
import io.provctl.rightsizing.pricing.NodePricing;
import io.provctl.rightsizing.apply.RollbackAdvisor;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * What the CostOptimization controller runs with.
 *
 * @param source   where usage comes from (Prometheus in production, a fake in tests)
 * @param pricing  what a vCPU-hour and a GiB-hour of requests cost on the nodes a workload runs on
 * @param watchPoll how often an applied change's pods are looked at while it is watched
 * @param periodic the longest time between two reconciles of a CostOptimization
 */
public record RightsizingSettings(MetricsSource source, NodePricing pricing, Recommender recommender,
                                  RollbackAdvisor advisor, Duration watchPoll, Duration periodic) {

    /**
     * m5.large in us-east-1 on demand ($0.096/h, 2 vCPU, 8 GiB) split half to CPU and half to memory,
     * as {@link ResourcePrices} documents: the price of a common general-purpose node, used when none of
     * a workload's nodes can be priced.
     */
    public static final ResourcePrices DEFAULT_PRICES = new ResourcePrices(new BigDecimal("0.024"),
            new BigDecimal("0.006"), "aws m5.large us-east-1 at $0.096/h, 50% of it for CPU, the rest for memory");

    public RightsizingSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(advisor, "advisor");
    }

    /**
     * The VPA's defaults, prices from the embedded catalog for the workload's nodes (the reference
     * node's otherwise), the standard rollback advisor, a 10 s watch poll and a 30 min timer.
     */
    public static RightsizingSettings defaults(MetricsSource source) {
        return new RightsizingSettings(source, new NodePricing(PriceSources.embedded(), ResourcePrices.DEFAULT_CPU_SHARE,
                DEFAULT_PRICES), Recommender.withVpaDefaults(),
                RollbackAdvisor.standard(), Duration.ofSeconds(10), Duration.ofMinutes(30));
    }

    /** A source that refuses every query: the operator runs, and each CostOptimization says why it cannot. */
    public static MetricsSource unconfiguredSource() {
        return query -> {
            throw new MetricsException("no metrics source is configured: run the operator with --prometheus-url");
        };
    }

    public RightsizingSettings withWatchPoll(Duration poll) {
        return new RightsizingSettings(source, pricing, recommender, advisor, poll, periodic);
    }

    public RightsizingSettings withSource(MetricsSource usage) {
        return new RightsizingSettings(usage, pricing, recommender, advisor, watchPoll, periodic);
    }
}
