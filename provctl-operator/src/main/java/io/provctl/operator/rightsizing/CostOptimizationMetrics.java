package io.provctl.operator.rightsizing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The rightsizing metrics. Micrometer's names become Prometheus' as
 * {@code provctl.costopt.optimizations.applied} to {@code provctl_costopt_optimizations_applied_total}.
 */
public final class CostOptimizationMetrics {

    private final MeterRegistry registry;
    /** Monthly savings of the kept changes, per CostOptimization: the gauge is their sum. */
    private final Map<String, BigDecimal> savings = new ConcurrentHashMap<>();

    public CostOptimizationMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("provctl.costopt.monthly.savings.usd", savings,
                        s -> s.values().stream().mapToDouble(BigDecimal::doubleValue).sum())
                .description("estimated monthly savings of the applied changes, in US dollars").register(registry);
        // Counters start at zero so that rate() and increase() see the first change, and dashboards and
        // alerts find the series before anything has happened.
        for (io.provctl.rightsizing.OptimizationType type : io.provctl.rightsizing.OptimizationType.values()) {
            appliedCounter(type.name());
        }
        rollbacksCounter();
    }

    /**
     * Named {@code provctl_costopt_created_optimizations_total} because the Prometheus client reserves
     * the {@code _created} suffix (a counter's creation time) and would drop it from
     * {@code provctl_costopt_optimizations_created_total}.
     */
    public void created() {
        Counter.builder("provctl.costopt.created.optimizations").description("CostOptimizations seen for the first time")
                .register(registry).increment();
    }

    public void recommended(String type) {
        Counter.builder("provctl.costopt.recommendations").description("recommendations computed")
                .tag("optimization_type", type).register(registry).increment();
    }

    public void applied(String type) {
        appliedCounter(type).increment();
    }

    private Counter appliedCounter(String type) {
        return Counter.builder("provctl.costopt.optimizations.applied").description("changes written to workloads")
                .tag("optimization_type", type).register(registry);
    }

    public void failed(String reason) {
        Counter.builder("provctl.costopt.optimizations.failed").description("analyses or changes that failed")
                .tag("reason", reason).register(registry).increment();
    }

    public void rolledBack() {
        rollbacksCounter().increment();
    }

    private Counter rollbacksCounter() {
        return Counter.builder("provctl.costopt.rollbacks").description("changes rolled back").register(registry);
    }

    public void savings(String key, BigDecimal monthly) {
        savings.put(key, monthly);
    }

    public void gone(String key) {
        savings.remove(key);
    }

    /** Times one reconcile of a CostOptimization. */
    public <T> T timed(Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return work.get();
        } finally {
            sample.stop(Timer.builder("provctl.costopt.optimization.duration")
                    .description("time of one CostOptimization reconcile").register(registry));
        }
    }
}
