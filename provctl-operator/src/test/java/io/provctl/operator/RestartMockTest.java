package io.provctl.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudStore;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.managednode.NodeLifecycle;
import io.provctl.operator.testsupport.FakeKubelet;
import io.provctl.operator.testsupport.FaultyProvider;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.provider.ProviderNode;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.provctl.operator.testsupport.Expectations.awaitPhase;
import static io.provctl.operator.testsupport.Expectations.managedNode;
import static io.provctl.operator.testsupport.Expectations.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true, https = false)
class RestartMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

    @Test
    void anOperatorRestartedAfterTheVmWasCreatedButBeforeItsStatusSaidSoCreatesNoSecondVm() {
        OperatorHarness.installCrds(client);
        FaultyProvider dying = new FaultyProvider(new FakeKubelet(OperatorHarness.cloud(dir, clock), client))
                .dieAfterCreate();
        ProvctlOperator first = OperatorHarness.start(client, dying, clock, OperatorHarness.options(dir, false, "a"));
        ManagedNode mn = client.resource(standalone("web-r")).create();
        await().until(dying::dead);
        first.close();
        assertThat(managedNode(client, "web-r").map(ManagedNode::getStatus).map(s -> s.getInstanceID()))
                .as("the first operator died before recording the VM").isEmpty();
        assertThat(new LocalCloudStore(dir).read().vms()).hasSize(1);

        LocalCloud cloud = OperatorHarness.cloud(dir, clock);
        try (ProvctlOperator second = OperatorHarness.start(client, new FakeKubelet(cloud, client), clock,
                OperatorHarness.options(dir, false, "b"))) {
            ManagedNode ready = awaitPhase(client, "web-r", ManagedNodePhase.READY);

            List<ProviderNode> tagged = cloud.findByTag(NodeLifecycle.UID_TAG, mn.getMetadata().getUid());
            assertThat(tagged).hasSize(1);
            assertThat(ready.getStatus().getInstanceID()).isEqualTo(tagged.get(0).id());
            assertThat(new LocalCloudStore(dir).read().vms()).hasSize(1);
        }
    }
}
