package io.provctl.cloud.local;

import io.provctl.cloud.testsupport.FakeCatalog;
import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.cloud.testsupport.Clusters;
import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;
import io.provctl.testsupport.MutableClock;
import io.provctl.testsupport.RecordingSleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import static io.provctl.cloud.testsupport.Clusters.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCloudNodesTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2025-01-01T00:00:00Z");

    private LocalCloud cloud(String provider, LocalCloudConfig config) {
        return LocalCloud.open(provider, dir, config, new FakeCatalog(), clock, new RecordingSleeper());
    }

    private static NodeRequest request(String name, String uid) {
        return new NodeRequest(name, "local.small", "local-1", Map.of("provctl.io/managednode-uid", uid),
                "#cloud-config\nruncmd: [kubeadm join --token secret-token]");
    }

    @Test
    void createsFindsByTagAndDeletesAVm() {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults().withSeed(3));

        ProviderNode created = cloud.createNode(request("web-1", "uid-1"));

        assertThat(created.id()).startsWith("vm-");
        assertThat(created.running()).isTrue();
        assertThat(created.ip()).isPresent();
        assertThat(created.createdAt()).isEqualTo(clock.instant());
        assertThat(cloud.findByTag("provctl.io/managednode-uid", "uid-1")).containsExactly(created);
        assertThat(cloud.findByTag("provctl.io/managednode-uid", "uid-2")).isEmpty();
        assertThat(cloud.getNode(created.id())).contains(created);

        cloud.deleteNode(created.id());
        cloud.deleteNode(created.id());

        assertThat(cloud.getNode(created.id())).isEmpty();
    }

    @Test
    void anotherProcessOnTheSameDirectorySeesTheVm() {
        ProviderNode created = cloud("local", LocalCloudConfig.defaults()).createNode(request("web-1", "uid-1"));

        assertThat(cloud("local", LocalCloudConfig.defaults()).findByTag("provctl.io/managednode-uid", "uid-1"))
                .containsExactly(created);
    }

    @Test
    void neverWritesTheUserDataToTheStore() throws Exception {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults());
        cloud.createNode(request("web-1", "uid-1"));

        assertThat(Files.readString(cloud.storeFile())).doesNotContain("secret-token").contains("userDataSha256");
    }

    @Test
    void refusesAnUnknownOffering() {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults());
        NodeRequest bad = new NodeRequest("web-1", "local.smal", "local-1", Map.of(), "");

        assertThatThrownBy(() -> cloud.createNode(bad)).isInstanceOf(ProviderException.class)
                .hasMessageContaining("local.small")
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.INVALID));
    }

    @Test
    void vmsCountAgainstTheNodeQuotaTogetherWithPools() {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults().withQuota(Quota.unlimited().withMaxNodes(1)));
        cloud.createNode(request("web-1", "uid-1"));

        assertThatThrownBy(() -> cloud.createNode(request("web-2", "uid-2")))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.CAPACITY));
    }

    @Test
    void injectedFaultsApplyToVmCalls() {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults().withSeed(1)
                .withFailures(1.0, EnumSet.of(Operation.CREATE)));

        assertThatThrownBy(() -> cloud.createNode(request("web-1", "uid-1")))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(cloud.findByTag("provctl.io/managednode-uid", "uid-1")).isEmpty();
    }

    @Test
    void vmsOfAnotherStoodInProviderAreNotVisible() {
        cloud("local", LocalCloudConfig.defaults()).createNode(request("web-1", "uid-1"));

        assertThat(cloud("aws", LocalCloudConfig.defaults()).findByTag("provctl.io/managednode-uid", "uid-1")).isEmpty();
    }

    @Test
    void planResourcesAndVmsShareTheStore() {
        LocalCloud cloud = cloud("aws", LocalCloudConfig.defaults());
        ClusterSpec prod = Clusters.cluster("prod", "aws", pool("system", "t3.medium", 1, 6, 3));
        DesiredState.resourcesOf(prod).forEach(cloud::create);
        cloud.createNode(new NodeRequest("web-1", "t3.medium", "us-east-1", Map.of("k", "v"), ""));

        assertThat(cloud.list()).hasSize(DesiredState.resourcesOf(prod).size());
        assertThat(cloud.findByTag("k", "v")).hasSize(1);
    }

    @Test
    void createsSpotVmsAndRecordsTheirCapacityInTheStore() throws Exception {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults());

        ProviderNode spot = cloud.createNode(request("web-1", "uid-1").withCapacity(CapacityType.SPOT));
        ProviderNode onDemand = cloud.createNode(request("web-2", "uid-2"));

        assertThat(spot.capacity()).isEqualTo(CapacityType.SPOT);
        assertThat(onDemand.capacity()).isEqualTo(CapacityType.ON_DEMAND);
        assertThat(cloud("local", LocalCloudConfig.defaults()).findByTag("provctl.io/managednode-uid", "uid-1"))
                .extracting(ProviderNode::capacity).containsExactly(CapacityType.SPOT);
        assertThat(Files.readString(cloud.storeFile())).contains("\"capacity\" : \"spot\"",
                "\"capacity\" : \"on-demand\"");
    }

    @Test
    void aStoreWrittenBeforeCapacityExistedReadsAsOnDemand() throws Exception {
        LocalCloud cloud = cloud("local", LocalCloudConfig.defaults());
        ProviderNode created = cloud.createNode(request("web-1", "uid-1"));
        Files.writeString(cloud.storeFile(), Files.readString(cloud.storeFile())
                .replace("\"capacity\" : \"on-demand\"", "\"capacityWas\" : null"));

        assertThat(cloud.getNode(created.id())).map(ProviderNode::capacity).contains(CapacityType.ON_DEMAND);
    }

    @Test
    void withoutSpareSpotCapacityRefusesSpotButStillMakesOnDemand() {
        LocalCloud cloud = cloud("local", LocalCloudEnvironment.read(Map.of("PROVCTL_LOCAL_SPOT_UNAVAILABLE", "1")));

        assertThatThrownBy(() -> cloud.createNode(request("web-1", "uid-1").withCapacity(CapacityType.SPOT)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProviderException.Kind.SPOT_UNAVAILABLE);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessage("no spot capacity for VM web-1: local has no spare local.small capacity in local-1"
                        + " (PROVCTL_LOCAL_SPOT_UNAVAILABLE is set)");
        assertThat(cloud.findByTag("provctl.io/managednode-uid", "uid-1")).isEmpty();
        assertThat(cloud.createNode(request("web-1", "uid-1")).capacity()).isEqualTo(CapacityType.ON_DEMAND);
    }
}
