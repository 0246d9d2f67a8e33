package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The priority expander reading its ConfigMap on the CRUD mock: edits change the next choice, no restart. */
@EnableKubernetesMockClient(crud = true, https = false)
class PriorityExpanderMockTest {

    private static final ConfigMapRef PRIORITIES = new ConfigMapRef(NAMESPACE, ConfigMapRef.DEFAULT_PRIORITY_EXPANDER);

    KubernetesClient client;

    @TempDir
    Path dir;

    private RunningAutoscaler running;

    @BeforeEach
    void start() {
        running = RunningAutoscaler.start(client, dir, RunningAutoscaler.options()
                .withScaleDown(new ScaleDownSettings(Duration.ZERO, 10, 1)).withPriorityConfigMap(PRIORITIES));
        // Two groups alike in all but name: only the priorities tell them apart.
        client.resource(OperatorHarness.group("alpha", 0, 5)).create();
        client.resource(OperatorHarness.group("beta", 0, 5)).create();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void editingTheConfigMapChangesTheChosenGroupAndABadEditKeepsThePreviousPriorities() {
        client.resource(priorities("10:\n  - alpha\n20:\n  - beta\n")).create();
        pending("a", "b");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(desired("beta")).isEqualTo(2));
        assertThat(desired("alpha")).isZero();

        edit("30:\n  - alph.\n20:\n  - beta\n");
        pendingAfterCooldowns("c", "d");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(desired("alpha")).isEqualTo(2));
        assertThat(desired("beta")).isEqualTo(2);

        // Least-cost would choose alpha (the names break the tie); the previous priorities choose alpha too,
        // so go back to beta first, then break the ConfigMap.
        edit("30:\n  - beta\n");
        pendingAfterCooldowns("e");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(desired("beta")).as(this::story).isEqualTo(3));
        edit("30:\n  - alpha\n40:\n  - \"beta[\"\n");
        pendingAfterCooldowns("f");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(desired("beta")).isEqualTo(4));
        assertThat(desired("alpha")).isEqualTo(2);
        assertThat(warnings()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("ConfigMap default/provctl-autoscaler-priority-expander, key priorities: priority 40:"
                        + " regex \"beta[\" is invalid", "choosing by the previous priorities"));
    }

    @Test
    void withoutAConfigMapLeastCostChooses() {
        pending("a");
        // Both groups cost the same: least-cost's last tie-break is the group name.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(desired("alpha")).isEqualTo(1));
        assertThat(desired("beta")).isZero();
    }

    private ConfigMap priorities(String yaml) {
        return new ConfigMapBuilder().withNewMetadata().withName(PRIORITIES.name()).withNamespace(NAMESPACE)
                .endMetadata().withData(Map.of(PriorityConfigMap.KEY, yaml)).build();
    }

    private void edit(String yaml) {
        client.configMaps().inNamespace(NAMESPACE).withName(PRIORITIES.name())
                .edit(c -> new ConfigMapBuilder(c).withData(Map.of(PriorityConfigMap.KEY, yaml)).build());
    }

    /** New 1.5-CPU pods: each needs a node of its own, so earlier nodes never absorb them. */
    private void pending(String... names) {
        create(names);
        running.closeBatch();
    }

    /**
     * New pods once the loop holds them all, then past each group's scale-up stabilization window (60 s),
     * so both groups may grow and the batch is due at once: moving the clock first could close an older
     * batch with only some of the new pods in it, and the group chosen would then be in its window.
     */
    private void pendingAfterCooldowns(String... names) {
        create(names);
        running.awaitPendingSeen();
        running.clock.advance(Duration.ofSeconds(61));
        running.awaitPasses(2);
    }

    private void create(String... names) {
        List.of(names).forEach(n -> client.resource(ClusterSnapshotBuilderTest.pending(n, "1500m", "1Gi")).create());
    }

    private int desired(String group) {
        return Optional.ofNullable(client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName(group).get()
                .getStatus()).map(NodeGroupStatus::getDesiredNodes).orElse(0);
    }

    /** The scale-ups so far, for a failure message. */
    private String story() {
        ConfigMap c = client.configMaps().inNamespace(NAMESPACE).withName(PRIORITIES.name()).get();
        return c.getMetadata().getResourceVersion() + " " + c.getData() + "\n" + String.join("\n", client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
                .map(e -> e.getInvolvedObject().getName() + " " + e.getReason() + ": " + e.getMessage()).toList());
    }

    private List<Event> warnings() {
        return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
                .filter(e -> PRIORITIES.name().equals(e.getInvolvedObject().getName())
                        && "InvalidPriorities".equals(e.getReason())).toList();
    }
}
