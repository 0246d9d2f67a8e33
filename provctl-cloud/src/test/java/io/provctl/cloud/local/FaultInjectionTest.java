package io.provctl.cloud.local;

import io.provctl.cloud.testsupport.Clusters;
import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.model.ClusterSpec;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderException.Kind;
import io.provctl.provider.ProviderResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.provctl.cloud.testsupport.Clusters.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2025-01-01T00:00:00.250Z");
    private final ClusterSpec prod = Clusters.cluster("prod", "aws",
            pool("system", "t3.medium", 0, 10, 3), pool("compute", "c5.2xlarge", 0, 10, 2));
    private final Resource system = Clusters.resource(prod, ResourceId.pool("prod", "system"));
    private final Resource compute = Clusters.resource(prod, ResourceId.pool("prod", "compute"));
    private final Resource network = Clusters.resource(prod, ResourceId.network("prod"));

    private LocalCloud cloud(LocalCloudConfig config) {
        return LocalCloud.open("aws", dir, config, new FakeCatalog(), clock, new RecordingSleeper());
    }

    @Test
    void refusesToGrowPastTheVcpuQuota() {
        LocalCloud cloud = cloud(LocalCloudConfig.defaults().withQuota(Quota.unlimited().withMaxVcpus(20)));
        cloud.create(system);

        assertThatThrownBy(() -> cloud.create(compute))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CAPACITY))
                .hasMessage("quota exceeded for cluster.prod.pool.compute: it would bring the account to 22 vCPUs,"
                        + " the limit is 20 (6 in use)");
        assertThat(cloud.list()).hasSize(1);
    }

    @Test
    void refusesToScaleUpPastTheNodeQuotaButAlwaysAllowsScalingDown() {
        LocalCloud cloud = cloud(LocalCloudConfig.defaults().withQuota(Quota.unlimited().withMaxNodes(4)));
        ProviderResource pool = cloud.create(system);

        assertThatThrownBy(() -> cloud.update(pool.providerId(), Clusters.with(system, "desired_size", 5)))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CAPACITY));
        assertThatThrownBy(() -> cloud.console().scale("cluster.prod.pool.system", 6))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CAPACITY));

        LocalCloud lowered = cloud(LocalCloudConfig.defaults().withQuota(Quota.unlimited().withMaxNodes(1)));
        assertThat(lowered.update(pool.providerId(), Clusters.with(system, "desired_size", 2)).attributes())
                .containsEntry("desired_size", java.math.BigDecimal.valueOf(2));
    }

    @Test
    void failsTheCallsTheSeededDiceChooseAndNoOthers() {
        long seed = 42;
        double rate = 0.5;
        LocalCloud cloud = cloud(LocalCloudConfig.defaults().withSeed(seed).withFailures(rate, EnumSet.allOf(Operation.class)));

        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            failed.add(fails(() -> cloud.findByResourceId(network.id())));
        }

        Random dice = new Random(seed);
        List<Boolean> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(dice.nextDouble() < rate);
        }
        assertThat(failed).isEqualTo(expected).contains(true, false);
    }

    @Test
    void failsOnlyTheOperationsItIsToldTo() {
        LocalCloud cloud = cloud(LocalCloudConfig.defaults().withSeed(3).withFailures(1.0, Set.of(Operation.CREATE)));

        assertThatThrownBy(() -> cloud.create(network))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
                    assertThat(e.retryable()).isTrue();
                })
                .hasMessage("503 Service Unavailable: injected failure of create cluster.prod.network"
                        + " (failure rate 1.0)");
        assertThat(cloud.list()).isEmpty();
        assertThat(cloud.findByResourceId(network.id())).isEmpty();
    }

    @Test
    void answers429WithTheTimeToTheNextSecondPastTheRateLimit() {
        LocalCloud cloud = cloud(LocalCloudConfig.defaults().withRateLimit(2));
        cloud.list();
        cloud.list();

        assertThatThrownBy(cloud::list)
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofMillis(750));
                })
                .hasMessageContaining("429 Too Many Requests");

        clock.advance(Duration.ofMillis(750));
        assertThat(cloud.list()).isEmpty();
        assertThat(cloud.list()).isEmpty();
        assertThatThrownBy(cloud::list).isInstanceOf(ProviderException.class);
    }

    @Test
    void crashesRightAfterPersistingTheNthMutatingCall() {
        LocalCloud cloud = cloud(LocalCloudConfig.defaults().withCrashAfter(2, CrashMode.THROW));
        cloud.create(network);
        cloud.list();

        assertThatThrownBy(() -> cloud.create(system))
                .isInstanceOf(SimulatedCrash.class)
                .hasMessageContaining("mutating call 2 (create cluster.prod.pool.system)");

        LocalCloud restarted = cloud(LocalCloudConfig.defaults().withCrashAfter(2, CrashMode.THROW));
        assertThat(restarted.findByResourceId(system.id())).isPresent();
        restarted.create(compute);
        assertThat(restarted.list()).hasSize(3);
    }

    @Test
    void countsCrashCallsPerInstanceNotPerStore() {
        LocalCloudConfig crashAfterOne = LocalCloudConfig.defaults().withCrashAfter(1, CrashMode.THROW);
        assertThatThrownBy(() -> cloud(crashAfterOne).create(network)).isInstanceOf(SimulatedCrash.class);
        assertThatThrownBy(() -> cloud(crashAfterOne).create(system)).isInstanceOf(SimulatedCrash.class);
        assertThat(cloud(LocalCloudConfig.defaults()).list()).hasSize(2);
    }

    private static boolean fails(Runnable call) {
        try {
            call.run();
            return false;
        } catch (ProviderException e) {
            assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
            return true;
        }
    }
}
