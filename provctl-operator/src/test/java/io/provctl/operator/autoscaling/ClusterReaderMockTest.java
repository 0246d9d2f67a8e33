package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The autoscaler's caches on the CRUD mock: synced once started, following changes, stopped on close. */
@EnableKubernetesMockClient(crud = true, https = false)
class ClusterReaderMockTest {

    KubernetesClient client;

    @Test
    void theCachesFollowTheClusterUntilClosed() throws Exception {
        OperatorHarness.installCrds(client);
        client.resource(OperatorHarness.group("web", 0, 5)).create();
        ClusterReader reader = new ClusterReader(client);
        assertThat(reader.synced()).isFalse();

        reader.start().get(10, TimeUnit.SECONDS);

        assertThat(reader.synced()).isTrue();
        assertThat(reader.read().groups()).extracting(g -> g.getMetadata().getName()).containsExactly("web");
        client.resource(ClusterSnapshotBuilderTest.pending("b", "1", "1Gi")).create();
        client.resource(ClusterSnapshotBuilderTest.pending("a", "1", "1Gi")).create();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(reader.read().pods())
                .extracting(p -> p.getMetadata().getName()).containsExactly("a", "b"));

        reader.close();

        assertThat(reader.synced()).isFalse();
    }
}
