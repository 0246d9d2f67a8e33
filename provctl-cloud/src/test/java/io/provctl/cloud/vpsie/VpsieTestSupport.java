package io.provctl.cloud.vpsie;

import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.model.ClusterSpec;
import io.provctl.model.ControlPlaneSpec;
import io.provctl.model.IdentitySpec;
import io.provctl.model.NetworkSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake VPSie, a client wired to it with a test clock and sleeper, and clusters placed in Toronto. */
final class VpsieTestSupport implements AutoCloseable {

    final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    final RecordingSleeper sleeper = new RecordingSleeper();
    final InMemoryRequestMetrics metrics = new InMemoryRequestMetrics();
    final FakeVpsieApi api = FakeVpsieApi.start(clock);

    VpsieSettings settings() {
        return VpsieSettings.defaults().withBaseUrl(api.url()).withTimeout(Duration.ofSeconds(5));
    }

    VpsieClient client() {
        return client(settings());
    }

    VpsieClient client(VpsieSettings settings) {
        return VpsieClient.create(settings, credentials(), clock, sleeper, metrics);
    }

    static VpsieCredentials credentials() {
        return new VpsieCredentials.ClientCredentials(FakeVpsieApi.CLIENT_ID, FakeVpsieApi.CLIENT_SECRET);
    }

    static ClusterSpec cluster(String controlPlaneType, PoolSpec... pools) {
        return new ClusterSpec("demo", "vpsie", "yyz", new NetworkSpec("10.0.0.0/16", List.of(), false, false),
                new ControlPlaneSpec(controlPlaneType, "1.30", false, new IdentitySpec("none", List.of()), Map.of()),
                List.of(pools), Map.of("team", "platform"), SourcePosition.unknown("test.hcl"));
    }

    static PoolSpec pool(String name, String offering, int desired) {
        return new PoolSpec(name, offering, 0, 10, desired, new SpotSpec(false, Optional.empty()), Map.of(),
                List.of(), Map.of(), SourcePosition.unknown("test.hcl"));
    }

    @Override
    public void close() {
        api.close();
    }
}
