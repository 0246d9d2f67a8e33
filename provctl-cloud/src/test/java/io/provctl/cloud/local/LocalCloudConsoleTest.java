package io.provctl.cloud.local;

import io.provctl.cloud.testsupport.Clusters;
import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.ResourceId;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static io.provctl.cloud.testsupport.Clusters.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCloudConsoleTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2025-01-01T00:00:00Z");
    private final ClusterSpec prod = Clusters.cluster("prod", "aws", pool("system", "t3.medium", 2, 6, 3));
    private final Map<ResourceId, ProviderResource> created = new TreeMap<>();
    private LocalCloud cloud;
    private LocalCloudConsole console;

    @BeforeEach
    void applyCluster() {
        cloud = LocalCloud.open("aws", dir, LocalCloudConfig.defaults().withSeed(5),
                new FakeCatalog(), clock, new RecordingSleeper());
        DesiredState.resourcesOf(prod).forEach(r -> created.put(r.id(), cloud.create(r)));
        console = LocalCloudConsole.open(dir, new FakeCatalog(), clock, Quota.unlimited());
    }

    private ProviderResource systemPool() {
        return created.get(ResourceId.pool("prod", "system"));
    }

    @Test
    void listsEveryResourceByAddress() {
        assertThat(console.list()).extracting(r -> r.address().orElseThrow().address())
                .containsExactly("cluster.prod", "cluster.prod.control_plane", "cluster.prod.network",
                        "cluster.prod.pool.system");
    }

    @Test
    void scalesAPoolByAddressOrById() {
        console.scale("cluster.prod.pool.system", 5);
        assertThat(cloud.findByResourceId(systemPool().resourceId()).orElseThrow().attributes())
                .containsEntry("desired_size", BigDecimal.valueOf(5));

        LocalResource scaled = console.scale(systemPool().providerId(), 1);
        assertThat(scaled.nodes()).hasSize(1);
        assertThat(scaled.attributes())
                .containsEntry("desired_size", BigDecimal.ONE)
                .containsEntry("min_size", BigDecimal.ONE)
                .containsEntry("max_size", BigDecimal.valueOf(6));
    }

    @Test
    void refusesToScaleWhatIsNotAPool() {
        assertThatThrownBy(() -> console.scale("cluster.prod.network", 3))
                .hasMessageContaining("is a network; only node pools can be scaled");
    }

    @Test
    void deletesByAddress() {
        console.delete("cluster.prod.pool.system");
        assertThat(cloud.findByResourceId(systemPool().resourceId())).isEmpty();
    }

    @Test
    void tagsById() {
        console.tag(systemPool().providerId(), "owner", "someone");
        assertThat(cloud.findByResourceId(systemPool().resourceId()).orElseThrow().tags())
                .containsEntry("owner", "someone")
                .containsEntry(CloudProvider.RESOURCE_ID_TAG, "cluster.prod.pool.system");
    }

    @Test
    void setsTheControlPlaneVersionThroughItsClusterOrDirectly() {
        console.setVersion("cluster.prod", "1.29");
        assertThat(cloud.findByResourceId(ResourceId.controlPlane("prod")).orElseThrow().attributes())
                .containsEntry("version", "1.29");

        console.setVersion(created.get(ResourceId.controlPlane("prod")).providerId(), "1.30");
        assertThat(cloud.findByResourceId(ResourceId.controlPlane("prod")).orElseThrow().attributes())
                .containsEntry("version", "1.30");
    }

    @Test
    void namesCloseMatchesForAnUnknownResource() {
        assertThatThrownBy(() -> console.scale("cluster.prod.pool.sytem", 2))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.NOT_FOUND))
                .hasMessage("no resource with ID or address \"cluster.prod.pool.sytem\" in the local cloud:"
                        + " did you mean cluster.prod.pool.system?");
        assertThatThrownBy(() -> console.delete("nothing-like-it-at-all"))
                .hasMessageContaining("no close match; `provctl local list` shows every resource");
    }

    @Test
    void createsAnUntrackedResourceThatProvctlsTagPointsAt() {
        ClusterSpec extra = Clusters.cluster("prod", "aws", pool("rogue", "t3.large", 0, 3, 1));
        LocalResource rogue = console.createUntracked(Clusters.resource(extra, ResourceId.pool("prod", "rogue")));

        assertThat(cloud.findByResourceId(ResourceId.pool("prod", "rogue")))
                .map(ProviderResource::providerId).contains(rogue.providerId());
        assertThat(cloud.list()).hasSize(5);
    }

    @Test
    void refusesToGuessBetweenDuplicatesOfOneAddress() {
        console.createUntracked(Clusters.resource(prod, ResourceId.network("prod")));
        assertThatThrownBy(() -> console.delete("cluster.prod.network"))
                .hasMessageContaining("is carried by several resources");
    }

    @Test
    void bypassesInjectedFaultsThatBelongToProvctlsClient() {
        LocalCloud failing = LocalCloud.open("aws", dir,
                LocalCloudConfig.defaults().withFailures(1.0, java.util.EnumSet.allOf(Operation.class)),
                new FakeCatalog(), clock, new RecordingSleeper());
        assertThatThrownBy(failing::list).isInstanceOf(ProviderException.class);
        assertThat(failing.console().scale("cluster.prod.pool.system", 4).nodes()).hasSize(4);
    }
}
