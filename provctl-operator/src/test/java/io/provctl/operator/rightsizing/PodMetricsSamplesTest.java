package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsBuilder;
import io.provctl.metrics.ContainerId;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.sampling.PodUsageSample;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PodMetricsSamplesTest {

    private static final Instant POLLED = Instant.parse("2026-11-23T12:00:30Z");

    @Test
    void eachContainerBecomesAReadingAtTheMeasurementsTime() {
        PodMetrics m = new PodMetricsBuilder().withNewMetadata().withName("web-1").endMetadata()
                .withTimestamp("2026-11-23T12:00:05Z").withWindow(new io.fabric8.kubernetes.api.model.Duration())
                .addNewContainer().withName("app").withUsage(Map.of("cpu", new Quantity("250m"),
                        "memory", new Quantity("300Mi"))).endContainer()
                .addNewContainer().withName("sidecar").withUsage(Map.of("cpu", new Quantity("1500000n"),
                        "memory", new Quantity("20Ki"))).endContainer()
                .build();

        assertThat(PodMetricsSamples.of(m, POLLED)).containsExactly(
                new PodUsageSample(Instant.parse("2026-11-23T12:00:05Z"), new ContainerId("web-1", "app"), 250.0,
                        300 * Resources.MIB),
                new PodUsageSample(Instant.parse("2026-11-23T12:00:05Z"), new ContainerId("web-1", "sidecar"), 1.5,
                        20 * 1024L));
    }

    @Test
    void noTimestampMeansThePollsTimeAndAContainerMissingAValueIsSkipped() {
        PodMetrics m = new PodMetricsBuilder().withNewMetadata().withName("web-1").endMetadata()
                .addNewContainer().withName("app").withUsage(Map.of("cpu", new Quantity("1"),
                        "memory", new Quantity("1Gi"))).endContainer()
                .addNewContainer().withName("starting").withUsage(Map.of("cpu", new Quantity("0"))).endContainer()
                .build();

        assertThat(PodMetricsSamples.of(m, POLLED)).containsExactly(
                new PodUsageSample(POLLED, new ContainerId("web-1", "app"), 1000.0, Resources.GIB));
    }
}
