package io.provctl.cloud.vpsie;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.model.ClusterSpec;
import io.provctl.model.DesiredState;
import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderException.Kind;
import io.provctl.provider.ProviderResource;
import io.provctl.provider.ProviderResource.LifecycleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.provctl.cloud.testsupport.Clusters.with;
import static io.provctl.cloud.vpsie.VpsieTestSupport.cluster;
import static io.provctl.cloud.vpsie.VpsieTestSupport.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VpsieCloudTest {

    private static final ResourceId APPS = ResourceId.pool("demo", "apps");
    private static final ResourceId CONTROL_PLANE = ResourceId.controlPlane("demo");

    private final VpsieTestSupport t = new VpsieTestSupport();
    private final VpsieCloud cloud = new VpsieCloud(t.client(), t.clock);

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void appliesAClusterAsTaggedVmsAndDeletesThem() {
        ClusterSpec spec = cluster("self-managed", pool("apps", "Standard 2 vCPU / 4 GB", 2));
        List<ProviderResource> made = DesiredState.resourcesOf(spec).stream().map(cloud::create).toList();

        assertThat(made).extracting(ProviderResource::state).containsOnly(LifecycleState.RUNNING);
        assertThat(made).extracting(ProviderResource::providerId).containsExactly("dc:dc-yyz/cluster.demo.network",
                "dc:dc-yyz/cluster.demo", "vms:cluster.demo.control_plane", "vms:cluster.demo.pool.apps");
        assertThat(t.api.vms()).extracting(vm -> vm.get("hostname").asText())
                .containsExactly("demo-cp-0", "demo-apps-0", "demo-apps-1");
        JsonNode node = t.api.vms().get(1);
        assertThat(node.get("tags")).extracting(JsonNode::asText).containsExactly(
                "provctl.io/resource-id=cluster.demo.pool.apps", "provctl.io/cluster=demo", "provctl.io/node-index=0");
        assertThat(node.get("boxsize_id").asText()).isEqualTo("ofr-2c4g");
        assertThat(t.api.vms().get(0).get("boxsize_id").asText()).as("cheapest with 2 vCPU / 4 GB")
                .isEqualTo("ofr-2c4g");

        ProviderResource apps = cloud.findByResourceId(APPS).orElseThrow();
        assertThat(apps.attributes()).containsEntry("desired_size", BigDecimal.valueOf(2))
                .containsEntry("instance_type", "Standard 2 vCPU / 4 GB").containsEntry("max_size", BigDecimal.TEN);
        assertThat(apps.tags()).containsEntry("provctl.io/resource-id", "cluster.demo.pool.apps");
        assertThat(cloud.list()).extracting(ProviderResource::resourceId).containsExactly(CONTROL_PLANE, APPS);

        made.forEach(r -> cloud.delete(r.providerId()));

        assertThat(t.api.vms()).isEmpty();
        assertThat(cloud.findByResourceId(APPS)).isEmpty();
    }

    @Test
    void scalesAPoolUpAndDownByIndex() {
        Resource apps = Resource.of(APPS, "vpsie", "yyz", resource(APPS).attributes(), java.util.Set.of());
        cloud.create(apps);

        cloud.update("vms:" + APPS, with(apps, "desired_size", 3));
        assertThat(hostnames()).containsExactly("demo-apps-0", "demo-apps-1", "demo-apps-2");

        ProviderResource scaled = cloud.update("vms:" + APPS, with(apps, "desired_size", 1));
        assertThat(hostnames()).containsExactly("demo-apps-0");
        assertThat(scaled.attributes()).containsEntry("desired_size", BigDecimal.ONE);
    }

    @Test
    void aCreateThatTimesOutAfterTheVmWasMadeFindsItByTag() {
        VpsieCloud impatient = new VpsieCloud(t.client(t.settings().withTimeout(Duration.ofMillis(200))), t.clock);
        t.api.holdCreateAnswers();
        Resource apps = with(resource(APPS), "desired_size", 1);

        ProviderResource made = impatient.create(apps);

        assertThat(made.attributes()).containsEntry("desired_size", BigDecimal.ONE);
        assertThat(t.api.count("POST /vm")).isEqualTo(1);
        assertThat(t.api.vms()).hasSize(1);

        t.api.releaseCreateAnswers();
        impatient.create(apps); // a resumed apply
        assertThat(t.api.vms()).hasSize(1);
    }

    @Test
    void saysWhatVpsieCannotDo() {
        assertThatThrownBy(() -> cloud.create(DesiredState.resourcesOf(cluster("managed")).get(2)))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("cluster.demo.control_plane: not supported on VPSie: control_plane type \"managed\" (the"
                        + " API cannot create a managed cluster); use type = \"self-managed\" for control plane VMs");
        assertThatThrownBy(() -> cloud.create(with(resource(ResourceId.network("demo")), "private_cluster", true)))
                .hasMessageContaining("not supported on VPSie: private_cluster = true");
        assertThatThrownBy(() -> cloud.create(with(resource(APPS), "spot_enabled", true)))
                .hasMessageContaining("not supported on VPSie: spot instances");
    }

    @Test
    void namesWhatVpsieOffersWhenAnOfferingOrRegionIsUnknown() {
        assertThatThrownBy(() -> cloud.create(with(resource(APPS), "instance_type", "t3.large")))
                .hasMessageStartingWith("cluster.demo.pool.apps: VPSie sells no offering \"t3.large\" in yyz (offerings:"
                        + " Standard 1 vCPU / 2 GB, Standard 2 vCPU / 4 GB");
        Resource elsewhere = Resource.of(APPS, "vpsie", "mars-1", resource(APPS).attributes(), java.util.Set.of());
        assertThatThrownBy(() -> cloud.create(elsewhere))
                .hasMessage("cluster.demo.pool.apps: VPSie has no available datacenter \"mars-1\" (datacenters: yyz,"
                        + " lon, nyc)");
        assertThat(t.api.vms()).isEmpty();
    }

    @Test
    void refusesToChangeTheOfferingOfExistingVms() {
        cloud.create(resource(APPS));

        assertThatThrownBy(() -> cloud.update("vms:" + APPS, with(resource(APPS), "instance_type",
                "Standard 4 vCPU / 8 GB"))).hasMessageContaining("changing the offering of existing VMs is not"
                + " supported on VPSie");
    }

    private static Resource resource(ResourceId id) {
        return DesiredState.resourcesOf(cluster("self-managed", pool("apps", "Standard 2 vCPU / 4 GB", 2))).stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> hostnames() {
        return t.api.vms().stream().map(vm -> vm.get("hostname").asText()).toList();
    }

}
