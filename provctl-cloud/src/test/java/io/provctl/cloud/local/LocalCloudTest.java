package io.provctl.cloud.local;

import io.provctl.cloud.testsupport.Clusters;
import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.model.ResourceKind;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource;
import io.provctl.provider.ProviderResource.LifecycleState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.provctl.cloud.testsupport.Clusters.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCloudTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2025-01-01T00:00:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final ClusterSpec prod = Clusters.cluster("prod", "aws", pool("system", "t3.medium", 1, 6, 3));

    private LocalCloud cloud(String provider, LocalCloudConfig config) {
        return LocalCloud.open(provider, dir, config, new FakeCatalog(), clock, sleeper);
    }

    private LocalCloud aws() {
        return cloud("aws", LocalCloudConfig.defaults().withSeed(1));
    }

    private Resource resourceOf(ResourceKind kind) {
        return DesiredState.resourcesOf(prod).stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(ResourceKind.class)
    void goesThroughTheWholeLifecycleOfEveryKind(ResourceKind kind) {
        LocalCloud cloud = aws();
        Resource desired = resourceOf(kind);

        ProviderResource created = cloud.create(desired);
        assertThat(created.resourceId()).isEqualTo(desired.id());
        assertThat(created.state()).isEqualTo(LifecycleState.RUNNING);
        assertThat(created.attributes()).isEqualTo(desired.attributes());
        assertThat(created.createdAt()).isEqualTo(clock.instant());
        assertThat(created.tags()).containsEntry(CloudProvider.RESOURCE_ID_TAG, desired.id().address());
        assertThat(cloud.findByResourceId(desired.id())).contains(created);

        String changedAttribute = desired.attributes().keySet().iterator().next();
        Resource changed = Clusters.with(desired, changedAttribute, "changed");
        if (kind == ResourceKind.NODE_POOL) {
            changed = Clusters.with(desired, "desired_size", 5);
        }
        ProviderResource updated = cloud.update(created.providerId(), changed);
        assertThat(updated.providerId()).isEqualTo(created.providerId());
        assertThat(updated.attributes()).isEqualTo(changed.attributes());
        assertThat(cloud.list()).containsExactly(updated);

        cloud.delete(created.providerId());
        assertThat(cloud.findByResourceId(desired.id())).isEmpty();
        assertThat(cloud.list()).isEmpty();
        cloud.delete(created.providerId());
    }

    @Test
    void givesEachKindAnIdWithItsOwnPrefix() {
        LocalCloud cloud = aws();
        assertThat(cloud.create(resourceOf(ResourceKind.NETWORK)).providerId()).matches("vpc-[0-9a-f]{12}");
        assertThat(cloud.create(resourceOf(ResourceKind.CLUSTER)).providerId()).matches("cls-[0-9a-f]{12}");
        assertThat(cloud.create(resourceOf(ResourceKind.CONTROL_PLANE)).providerId()).matches("cp-[0-9a-f]{12}");
        assertThat(cloud.create(resourceOf(ResourceKind.NODE_POOL)).providerId()).matches("ng-[0-9a-f]{12}");
    }

    @Test
    void keepsANodeForEveryDesiredNodeOfAPool() {
        LocalCloud cloud = aws();
        Resource system = resourceOf(ResourceKind.NODE_POOL);
        ProviderResource created = cloud.create(system);
        assertThat(nodesOf(cloud, created)).hasSize(3);

        clock.advance(Duration.ofMinutes(1));
        cloud.update(created.providerId(), Clusters.with(system, "desired_size", 5));
        List<LocalNode> grown = nodesOf(cloud, created);
        assertThat(grown).hasSize(5);
        assertThat(grown.get(4).createdAt()).isEqualTo(clock.instant());

        cloud.update(created.providerId(), Clusters.with(system, "desired_size", 2));
        assertThat(nodesOf(cloud, created)).containsExactlyElementsOf(grown.subList(0, 2));
    }

    private static List<LocalNode> nodesOf(LocalCloud cloud, ProviderResource pool) {
        return cloud.console().list().stream().filter(r -> r.providerId().equals(pool.providerId())).findFirst()
                .orElseThrow().nodes();
    }

    @Test
    void tagsEveryResourceWithItsAddressAndTheClusterTags() {
        LocalCloud cloud = aws();
        ProviderResource cluster = cloud.create(resourceOf(ResourceKind.CLUSTER));
        ProviderResource pool = cloud.create(resourceOf(ResourceKind.NODE_POOL));

        assertThat(cluster.tags()).containsEntry("Team", "platform").containsEntry("provctl.io/cluster", "prod");
        assertThat(pool.tags())
                .containsEntry(CloudProvider.RESOURCE_ID_TAG, "cluster.prod.pool.system")
                .containsEntry("provctl.io/cluster", "prod")
                .containsEntry("Team", "platform");
    }

    @Test
    void findsByAddressTagAndNotByAnyOtherAddress() {
        LocalCloud cloud = aws();
        ProviderResource pool = cloud.create(resourceOf(ResourceKind.NODE_POOL));

        assertThat(cloud.findByResourceId(ResourceId.pool("prod", "system"))).contains(pool);
        assertThat(cloud.findByResourceId(ResourceId.pool("prod", "other"))).isEmpty();
        assertThat(cloud.findByResourceId(ResourceId.pool("staging", "system"))).isEmpty();
    }

    @Test
    void createsASecondResourceForAnAddressThatExistsAsARealCloudWould() {
        LocalCloud cloud = aws();
        Resource network = resourceOf(ResourceKind.NETWORK);
        ProviderResource first = cloud.create(network);
        clock.advance(Duration.ofSeconds(1));
        ProviderResource second = cloud.create(network);

        assertThat(second.providerId()).isNotEqualTo(first.providerId());
        assertThat(cloud.list()).extracting(ProviderResource::providerId)
                .containsExactly(first.providerId(), second.providerId());
        assertThat(cloud.findByResourceId(network.id())).contains(first);
    }

    @Test
    void refusesToUpdateAResourceThatDoesNotExist() {
        assertThatThrownBy(() -> aws().update("ng-000000000000", resourceOf(ResourceKind.NODE_POOL)))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.NOT_FOUND))
                .hasMessageContaining("ng-000000000000");
    }

    @Test
    void refusesToTurnAResourceIntoAnotherKind() {
        LocalCloud cloud = aws();
        ProviderResource network = cloud.create(resourceOf(ResourceKind.NETWORK));
        assertThatThrownBy(() -> cloud.update(network.providerId(), resourceOf(ResourceKind.CLUSTER)))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.INVALID));
    }

    @Test
    void keepsItsContentAcrossInstancesOnTheSameDirectory() throws Exception {
        ProviderResource created = aws().create(resourceOf(ResourceKind.NODE_POOL));

        LocalCloud reopened = aws();
        assertThat(reopened.findByResourceId(created.resourceId())).contains(created);
        assertThat(reopened.storeFile()).isEqualTo(dir.toAbsolutePath().resolve("cloud.json"));
        assertThat(Files.readString(reopened.storeFile()))
                .contains("\"createdAt\" : \"2025-01-01T00:00:00Z\"")
                .contains("\"provctl.io/resource-id\" : \"cluster.prod.pool.system\"");
    }

    @Test
    void keepsDecimalAttributesExactThroughTheStoreFile() {
        Resource pool = Clusters.with(resourceOf(ResourceKind.NODE_POOL), "spot_max_price", new BigDecimal("0.15"));
        aws().create(pool);
        assertThat(aws().findByResourceId(pool.id()).orElseThrow().attributes())
                .isEqualTo(pool.attributes())
                .containsEntry("spot_max_price", new BigDecimal("0.15"));
    }

    @Test
    void acceptsOnlyInstanceTypesOfTheProviderItStandsInFor() {
        Resource pool = resourceOf(ResourceKind.NODE_POOL);
        assertThat(aws().create(pool).attributes()).containsEntry("instance_type", "t3.medium");

        assertThatThrownBy(() -> aws().create(Clusters.with(pool, "instance_type", "t3.mediun")))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.INVALID))
                .hasMessage("cluster.prod.pool.system: unknown aws instance type \"t3.mediun\""
                        + " (close matches: t3.medium)");
    }

    @Test
    void offersTheBuiltInTypesWhenItIsTheLocalProviderItself() {
        ClusterSpec dev = Clusters.cluster("dev", "local", pool("apps", "local.small", 1, 3, 2));
        LocalCloud local = cloud("local", LocalCloudConfig.defaults());
        Resource apps = Clusters.resource(dev, ResourceId.pool("dev", "apps"));

        assertThat(local.name()).isEqualTo("local");
        assertThat(local.create(apps).attributes()).containsEntry("instance_type", "local.small");
        assertThatThrownBy(() -> local.create(Clusters.with(apps, "instance_type", "t3.medium")))
                .hasMessageContaining("unknown local instance type \"t3.medium\"");
        assertThat(new LocalInstanceTypes().shape("local", "local.medium").orElseThrow().vcpu()).isEqualTo(4);
    }

    @Test
    void refusesResourcesDeclaredForAnotherProvider() {
        assertThatThrownBy(() -> cloud("gcp", LocalCloudConfig.defaults()).create(resourceOf(ResourceKind.NETWORK)))
                .hasMessage("cluster.prod.network is declared for provider \"aws\", but this cloud is \"gcp\"");
    }

    @Test
    void refusesPoolSizesNoCloudWouldAccept() {
        Resource pool = Clusters.with(resourceOf(ResourceKind.NODE_POOL), "desired_size", 9);
        assertThatThrownBy(() -> aws().create(pool))
                .hasMessageContaining("min_size=1, desired_size=9, max_size=6");
    }

    @Test
    void refusesToStandInForAnUnknownProvider() {
        assertThatThrownBy(() -> cloud("ibm", LocalCloudConfig.defaults()))
                .hasMessage("the local cloud cannot stand in for provider \"ibm\": it simulates aws, azure, gcp,"
                        + " local, vpsie");
    }

    @Test
    void keepsTheResourcesOfEachStoodInProviderApart() {
        aws().create(resourceOf(ResourceKind.NETWORK));
        assertThat(cloud("azure", LocalCloudConfig.defaults()).list()).isEmpty();
        assertThat(aws().list()).hasSize(1);
    }

    @Test
    void takesTheConfiguredTimeForEveryCall() {
        LocalCloud cloud = cloud("aws", LocalCloudConfig.defaults().withLatency(Duration.ofMillis(250)));
        ProviderResource network = cloud.create(resourceOf(ResourceKind.NETWORK));
        cloud.findByResourceId(network.resourceId());
        cloud.list();
        cloud.delete(network.providerId());

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250),
                Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void repeatsItsIdsForTheSameSeed() {
        String first = aws().create(resourceOf(ResourceKind.NETWORK)).providerId();
        aws().delete(first);
        assertThat(aws().create(resourceOf(ResourceKind.NETWORK)).providerId()).isEqualTo(first);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }
}
