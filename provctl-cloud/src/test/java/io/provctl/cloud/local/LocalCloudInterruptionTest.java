package io.provctl.cloud.local;

import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.provider.CapacityType;
import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spot interruption notices in the local cloud: issued by the console, listed by the provider, then reclaimed. */
class LocalCloudInterruptionTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2025-01-01T00:00:00Z");

    private LocalCloud cloud(String provider) {
        return LocalCloud.open(provider, dir, LocalCloudConfig.defaults().withSeed(7), new FakeCatalog(), clock,
                new RecordingSleeper());
    }

    private static NodeRequest request(String name, CapacityType capacity) {
        return new NodeRequest(name, "local.small", "local-1", Map.of(), "", capacity);
    }

    @Test
    void aNoticeIsListedUntilTheDeadlineThenTheVmIsReclaimed() {
        LocalCloud cloud = cloud("local");
        String spot = cloud.createNode(request("web-1", CapacityType.SPOT)).id();
        String other = cloud.createNode(request("web-2", CapacityType.SPOT)).id();
        assertThat(cloud.interruptions()).isEmpty();

        LocalVm noticed = cloud.console().interrupt("web-1", Duration.ofMinutes(2));

        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(noticed.id()).isEqualTo(spot);
        InterruptionNotice expected = new InterruptionNotice(spot, start, start.plusSeconds(120),
                "spot capacity reclaimed");
        assertThat(cloud.interruptions()).containsExactly(expected);
        clock.advance(Duration.ofSeconds(119));
        assertThat(cloud.interruptions()).containsExactly(expected);
        assertThat(cloud.getNode(spot)).isPresent();

        clock.advance(Duration.ofSeconds(1));

        assertThat(cloud.getNode(spot)).isEmpty();
        assertThat(cloud.interruptions()).isEmpty();
        assertThat(cloud.getNode(other)).isPresent();
        assertThat(cloud.console().vms()).extracting(LocalVm::id).containsExactly(other);
    }

    @Test
    void noticesSurviveAReopenedStoreAndBelongToTheirProvider() {
        String spot = cloud("local").createNode(request("web-1", CapacityType.SPOT)).id();
        cloud("local").console().interrupt(spot, Duration.ofSeconds(30));

        assertThat(cloud("local").interruptions()).extracting(InterruptionNotice::providerId).containsExactly(spot);
        assertThat(cloud("aws").interruptions()).isEmpty();
    }

    @Test
    void refusesOnDemandUnknownAndAlreadyInterruptedVms() {
        LocalCloud cloud = cloud("local");
        String onDemand = cloud.createNode(request("db-1", CapacityType.ON_DEMAND)).id();
        cloud.createNode(request("web-1", CapacityType.SPOT));
        cloud.console().interrupt("web-1", Duration.ofMinutes(2));

        assertThatThrownBy(() -> cloud.console().interrupt("db-1", Duration.ofMinutes(2)))
                .isInstanceOf(ProviderException.class)
                .hasMessage("VM " + onDemand + " (db-1) is on-demand; only a spot VM can be interrupted");
        assertThatThrownBy(() -> cloud.console().interrupt("web-9", Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.NOT_FOUND))
                .hasMessageStartingWith("no VM with ID or name \"web-9\" in the local cloud: did you mean");
        assertThatThrownBy(() -> cloud.console().interrupt("web-1", Duration.ofMinutes(2)))
                .hasMessageContaining("already has an interruption notice");
        assertThat(cloud.interruptions()).hasSize(1);
    }
}
