package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.provctl.metrics.ContainerId;
import io.provctl.metrics.OomKill;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PodOomKillsTest {

    @Test
    void currentAndLastOomTerminationsCountOtherReasonsAndUndatedOnesDoNot() {
        Pod pod = new PodBuilder().withNewMetadata().withName("web-1").endMetadata().withNewStatus()
                .addToContainerStatuses(new ContainerStatusBuilder().withName("app").withNewLastState().withNewTerminated()
                        .withReason("OOMKilled").withFinishedAt("2026-11-23T11:00:00Z").endTerminated().endLastState()
                        .withNewState().withNewTerminated().withReason("OOMKilled").withFinishedAt("2026-11-23T11:30:00Z")
                        .endTerminated().endState().build())
                .addToContainerStatuses(new ContainerStatusBuilder().withName("sidecar").withNewLastState()
                        .withNewTerminated().withReason("Error").withFinishedAt("2026-11-23T11:00:00Z").endTerminated()
                        .endLastState().build())
                .addToContainerStatuses(new ContainerStatusBuilder().withName("undated").withNewLastState()
                        .withNewTerminated().withReason("OOMKilled").endTerminated().endLastState().build())
                .endStatus().build();

        assertThat(PodOomKills.of(pod)).containsExactlyInAnyOrder(
                new OomKill(Instant.parse("2026-11-23T11:00:00Z"), new ContainerId("web-1", "app")),
                new OomKill(Instant.parse("2026-11-23T11:30:00Z"), new ContainerId("web-1", "app")));
    }

    @Test
    void aPodWithoutStatusHasNone() {
        assertThat(PodOomKills.of(new PodBuilder().withNewMetadata().withName("new").endMetadata().build())).isEmpty();
    }
}
