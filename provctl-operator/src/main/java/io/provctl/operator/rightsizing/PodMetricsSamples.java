package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.provctl.metrics.ContainerId;
import io.provctl.rightsizing.sampling.PodUsageSample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A metrics.k8s.io PodMetrics as the readings {@code SampledUsageHistory} keeps: one per container
 * reporting both CPU and memory, at the reading's own timestamp (when the kubelet measured it, not
 * when it was asked) or at {@code polledAt} when it carries none.
 */
final class PodMetricsSamples {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private PodMetricsSamples() {
    }

    static List<PodUsageSample> of(PodMetrics metrics, Instant polledAt) {
        String pod = metrics.getMetadata().getName();
        Instant at = timestamp(metrics).orElse(polledAt);
        return Optional.ofNullable(metrics.getContainers()).orElse(List.of()).stream()
                .filter(c -> usage(c).containsKey("cpu") && usage(c).containsKey("memory"))
                .map(c -> new PodUsageSample(at, new ContainerId(pod, c.getName()),
                        Quantity.getAmountInBytes(usage(c).get("cpu")).multiply(THOUSAND).doubleValue(),
                        Quantity.getAmountInBytes(usage(c).get("memory")).longValue()))
                .toList();
    }

    private static Map<String, Quantity> usage(ContainerMetrics c) {
        return Optional.ofNullable(c.getUsage()).orElse(Map.of());
    }

    private static Optional<Instant> timestamp(PodMetrics metrics) {
        try {
            return Optional.ofNullable(metrics.getTimestamp()).filter(t -> !t.isBlank()).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
