package io.provctl.operator.autoscaling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The autoscaler's metrics, in the operator's registry. Micrometer names map to Prometheus as
 * {@code provctl.autoscaler.scale.ups} to {@code provctl_autoscaler_scale_ups_total}, and so on. The
 * label {@code nodegroup} is {@code namespace/name}, as in the operator's NodeGroup gauges.
 */
public final class AutoscalerMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger unschedulable = new AtomicInteger();
    private final AtomicInteger impossible = new AtomicInteger();
    private final Timer passDuration;

    public AutoscalerMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("provctl.autoscaler.unschedulable.pods", unschedulable, AtomicInteger::get)
                .description("pods the scheduler could not place, as the last led pass saw them").register(registry);
        Gauge.builder("provctl.autoscaler.impossible.pods", impossible, AtomicInteger::get)
                .description("unschedulable pods no node group can host").register(registry);
        passDuration = Timer.builder("provctl.autoscaler.pass.duration")
                .description("time of one autoscaling pass while leading").register(registry);
    }

    /** One decision to grow {@code group} by {@code nodes} nodes of {@code offering}. */
    void scaleUp(NodeGroup group, String offering, int nodes) {
        Counter.builder("provctl.autoscaler.scale.ups").description("scale-up decisions")
                .tag("nodegroup", key(group)).tag("offering", offering).register(registry).increment();
        Counter.builder("provctl.autoscaler.nodes.requested").description("nodes the autoscaler asked for")
                .tag("nodegroup", key(group)).register(registry).increment(nodes);
    }

    /** One decision to remove {@code nodes} unneeded nodes from {@code group}. */
    void scaleDown(NodeGroup group, int nodes) {
        Counter.builder("provctl.autoscaler.scale.downs").description("scale-down decisions")
                .tag("nodegroup", key(group)).register(registry).increment();
        Counter.builder("provctl.autoscaler.nodes.removed").description("nodes the autoscaler marked for removal")
                .tag("nodegroup", key(group)).register(registry).increment(nodes);
    }

    void pods(int unschedulableNow, int impossibleNow) {
        unschedulable.set(unschedulableNow);
        impossible.set(impossibleNow);
    }

    void passTook(long nanos) {
        passDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String key(NodeGroup group) {
        return group.getMetadata().getNamespace() + "/" + group.getMetadata().getName();
    }
}
