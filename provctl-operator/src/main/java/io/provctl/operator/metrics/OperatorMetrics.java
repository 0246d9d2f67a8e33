package io.provctl.operator.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The operator's own metrics. Micrometer names map to Prometheus as {@code provctl.reconcile.duration}
 * to {@code provctl_reconcile_duration_seconds}, and so on.
 */
public final class OperatorMetrics {

    private final MeterRegistry registry;
    private final Map<String, GroupGauges> groups = new ConcurrentHashMap<>();
    private final Map<String, ManagedNodePhase> phases = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> circuits = new ConcurrentHashMap<>();

    public OperatorMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ManagedNodePhase phase : ManagedNodePhase.values()) {
            Gauge.builder("provctl.managednode.phase", phases, m -> m.values().stream().filter(phase::equals).count())
                    .description("ManagedNodes in each phase").tag("phase", phase.label()).register(registry);
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Times one reconcile of {@code controller} and counts it as an error when it throws. */
    public <T> T reconcile(String controller, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return work.get();
        } catch (RuntimeException e) {
            Counter.builder("provctl.reconcile.errors").description("reconciles that failed")
                    .tag("controller", controller).register(registry).increment();
            throw e;
        } finally {
            sample.stop(Timer.builder("provctl.reconcile.duration").description("time of one reconcile")
                    .tag("controller", controller).register(registry));
        }
    }

    public void nodeGroup(String key, int desired, int current, int ready) {
        GroupGauges g = groups.computeIfAbsent(key, k -> new GroupGauges(registry, k));
        g.desired.set(desired);
        g.current.set(current);
        g.ready.set(ready);
    }

    public void nodeGroupGone(String key) {
        GroupGauges g = groups.remove(key);
        if (g != null) {
            g.remove(registry);
        }
    }

    public void managedNode(String key, ManagedNodePhase phase) {
        phases.put(key, phase);
    }

    public void managedNodeGone(String key) {
        phases.remove(key);
    }

    public void providerRequest(String method, String status, long nanos) {
        Counter.builder("provctl.provider.requests").description("calls to the cloud provider")
                .tags(Tags.of("method", method, "status", status)).register(registry).increment();
        Timer.builder("provctl.provider.request.duration").description("time of one provider call")
                .tag("method", method).register(registry).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The provider's circuit: 0 closed, 1 half-open, 2 open. */
    public void providerCircuit(String provider, int state) {
        circuits.computeIfAbsent(provider, p -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("provctl.provider.circuit.state", value, AtomicInteger::get)
                    .description("the provider's circuit breaker: 0 closed, 1 half-open, 2 open")
                    .tag("provider", p).register(registry);
            return value;
        }).set(state);
    }

    private static final class GroupGauges {
        final AtomicInteger desired = new AtomicInteger();
        final AtomicInteger current = new AtomicInteger();
        final AtomicInteger ready = new AtomicInteger();
        final Gauge[] gauges;

        GroupGauges(MeterRegistry registry, String group) {
            gauges = new Gauge[] {
                    Gauge.builder("provctl.nodegroup.desired.nodes", desired, AtomicInteger::get)
                            .tag("nodegroup", group).register(registry),
                    Gauge.builder("provctl.nodegroup.current.nodes", current, AtomicInteger::get)
                            .tag("nodegroup", group).register(registry),
                    Gauge.builder("provctl.nodegroup.ready.nodes", ready, AtomicInteger::get)
                            .tag("nodegroup", group).register(registry)};
        }

        void remove(MeterRegistry registry) {
            for (Gauge g : gauges) {
                registry.remove(g);
            }
        }
    }
}
