package io.provctl.cloud.vpsie;

import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;
import io.provctl.provider.ProviderResource.LifecycleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single VMs for the operator's node lifecycle, against the stateful fake VPSie API. */
class VpsieNodesTest {

    private static final String UID_TAG = "autoscaling.provctl.io/managednode-uid";

    private final VpsieTestSupport t = new VpsieTestSupport();
    private final VpsieNodes nodes = new VpsieCloud(t.client(), t.clock).nodes();

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static NodeRequest request(String name, String uid) {
        return new NodeRequest(name, "Standard 2 vCPU / 4 GB", "yyz", Map.of(UID_TAG, uid), "#cloud-config\nruncmd: []\n");
    }

    @Test
    void aNodeIsCreatedTaggedFoundByItsTagAndDeleted() {
        ProviderNode made = nodes.createNode(request("pool-a-0", "uid-1"));

        assertThat(made.name()).isEqualTo("pool-a-0");
        assertThat(made.state()).isEqualTo(LifecycleState.RUNNING);
        assertThat(made.ip()).isPresent();
        assertThat(made.tags()).containsEntry(UID_TAG, "uid-1");
        assertThat(t.api.userDataOf("pool-a-0")).startsWith("#cloud-config");
        assertThat(nodes.findByTag(UID_TAG, "uid-1")).extracting(ProviderNode::id).containsExactly(made.id());
        assertThat(nodes.findByTag(UID_TAG, "uid-2")).isEmpty();
        assertThat(nodes.getNode(made.id())).isPresent();

        nodes.deleteNode(made.id());
        nodes.deleteNode(made.id());

        assertThat(nodes.getNode(made.id())).isEmpty();
        assertThat(t.api.vms()).isEmpty();
    }

    @Test
    void aCreateWhoseAnswerIsLostIsFoundByHostnameNotMadeTwice() {
        VpsieNodes impatient = new VpsieCloud(t.client(t.settings().withTimeout(Duration.ofMillis(200))), t.clock).nodes();
        t.api.holdCreateAnswers();

        ProviderNode made = impatient.createNode(request("pool-a-1", "uid-3"));

        assertThat(made.name()).isEqualTo("pool-a-1");
        assertThat(t.api.count("POST /vm")).isEqualTo(1);
        assertThat(t.api.vms()).hasSize(1);
    }

    @Test
    void anUnknownOfferingOrDatacenterIsAClearError() {
        assertThatThrownBy(() -> nodes.createNode(new NodeRequest("x", "Huge 99 vCPU", "yyz", Map.of(), "")))
                .hasMessageContaining("VPSie sells no offering \"Huge 99 vCPU\"");
        assertThatThrownBy(() -> nodes.createNode(new NodeRequest("x", "Standard 2 vCPU / 4 GB", "mars", Map.of(), "")))
                .hasMessageContaining("VPSie has no available datacenter \"mars\"");
        assertThat(nodes.getNode("not-a-number")).isEmpty();
    }

    @Test
    void spotIsRefusedClearlyBeforeAnyCall() {
        long calls = t.api.count("POST /vm");

        assertThatThrownBy(() -> nodes.createNode(request("pool-a-1", "uid-9").withCapacity(CapacityType.SPOT)))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.SPOT_UNAVAILABLE))
                .hasMessage("no spot capacity for VM pool-a-1: VPSie sells on-demand VMs only");
        assertThat(t.api.count("POST /vm")).isEqualTo(calls);
        assertThat(nodes.createNode(request("pool-a-1", "uid-9")).capacity()).isEqualTo(CapacityType.ON_DEMAND);
    }
}
