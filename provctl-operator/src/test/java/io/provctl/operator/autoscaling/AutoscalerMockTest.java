package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.cloud.local.LocalCloudStore;
import io.provctl.cost.pricing.PriceCsv;
import io.provctl.cost.pricing.PriceSource;
import io.provctl.cost.pricing.TablePriceSource;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.ScaleDownPolicy;
import io.provctl.operator.testsupport.Http;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The autoscaler with the real reconcilers on the CRUD mock and the local cloud; time moves only when told. */
@EnableKubernetesMockClient(crud = true, https = false)
class AutoscalerMockTest {

    KubernetesClient client;

    @TempDir
    Path dir;

    private RunningAutoscaler running;

    /** The local cloud charges nothing; these prices make local.large the cheaper way to host big pods. */
    static final PriceSource PRICES = new TablePriceSource(PriceCsv.parse(new StringReader("""
            provider,region,sku,vcpu,memory_gib,price_hour_usd,spot_price_hour_usd,source,date,unit
            local,local-1,local.small,2,4,0.10,,test,2026-01-01,hour
            local,local-1,local.large,8,16,0.25,,test,2026-01-01,hour
            """), "test"));

    @BeforeEach
    void start() {
        running = RunningAutoscaler.start(client, dir, RunningAutoscaler.options().withPrices(PRICES)
                // The reconciler stamps lastScaleUpTime when it creates nodes; waiting 10 min after it is tested
                // in the planner, here it would only make the test move the clock further.
                .withScaleDown(new ScaleDownSettings(Duration.ZERO, 10, 1)));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void pendingPodsGrowTheGroupByTheNodesThePlannerSized() {
        client.resource(OperatorHarness.group("web", 0, 5)).create();
        List.of("a", "b", "c").forEach(name -> client.resource(
                ClusterSnapshotBuilderTest.pending(name, "1500m", "1Gi")).create());

        running.closeBatch();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(group("web").getStatus().getDesiredNodes()).isEqualTo(3);
            assertThat(managedNodes()).hasSize(3);
            assertThat(client.nodes().list().getItems()).hasSize(3);
        });
        assertThat(events("web", "TriggeredScaleUp")).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("default/a", "default/b", "default/c"));

        // The pods still wait (no scheduler here) but fit on the new nodes: no second scale-up.
        running.closeBatch();
        running.awaitPasses(3);
        assertThat(group("web").getStatus().getDesiredNodes()).isEqualTo(3);
        assertThat(managedNodes()).hasSize(3);
        // What Prometheus scrapes: one decision for three nodes, the pods still unscheduled.
        Http.Response scrape = Http.get(running.operator.metricsPort(), "/metrics");
        assertThat(scrape.body()).contains(
                "provctl_autoscaler_scale_ups_total{nodegroup=\"default/web\",offering=\"local.small\"} 1.0",
                "provctl_autoscaler_nodes_requested_total{nodegroup=\"default/web\"} 3.0",
                "provctl_autoscaler_unschedulable_pods 3.0", "provctl_autoscaler_impossible_pods 0.0",
                "provctl_autoscaler_pass_duration_seconds_count");
        assertThat(running.operator.registry().get("provctl.autoscaler.pass.duration").timer().count()).isPositive();
    }

    @Test
    void theOfferingTheExpanderChoseIsTheOneCreated() {
        NodeGroup mixed = OperatorHarness.group("mixed", 0, 5);
        // Preferred local.small: three 1.5-CPU pods need three of them (0.30/h) or one local.large (0.25/h).
        mixed.getSpec().setOfferingIDs(List.of("local.small", "local.large"));
        mixed.getSpec().setPreferredInstanceType("local.small");
        client.resource(mixed).create();
        List.of("a", "b", "c").forEach(name -> client.resource(
                ClusterSnapshotBuilderTest.pending(name, "1500m", "1Gi")).create());

        running.closeBatch();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).singleElement()
                    .satisfies(m -> assertThat(m.getSpec().getInstanceType()).isEqualTo("local.large"));
            assertThat(group("mixed").getStatus().getPendingScaleUps()).isNull();
        });
        NodeGroupStatus status = group("mixed").getStatus();
        assertThat(status.getDesiredNodes()).isEqualTo(1);
        assertThat(status.getLastScaleUp()).satisfies(last -> {
            assertThat(last.getOffering()).isEqualTo("local.large");
            assertThat(last.getCount()).isEqualTo(1);
            assertThat(last.getPodCount()).isEqualTo(3);
            assertThat(last.getTime()).isEqualTo(running.clock.instant().toString());
            assertThat(last.getMessage()).contains("1 local.large", "default/a", "default/b", "default/c");
        });

        // The large node holds all three pods: nothing more is asked for, and nothing of the preferred type.
        running.closeBatch();
        running.awaitPasses(3);
        assertThat(managedNodes()).extracting(m -> m.getSpec().getInstanceType()).containsExactly("local.large");
    }

    @Test
    void anIdleNodeIsRemovedThroughTerminatingOnceUnneededLongEnough() {
        NodeGroup idle = OperatorHarness.group("idle", 2, 3);
        ScaleDownPolicy down = new ScaleDownPolicy();
        down.setStabilizationWindowSeconds(60);
        idle.getSpec().setScaleDownPolicy(down);
        client.resource(idle).create();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(managedNodes())
                .hasSize(2).allMatch(m -> m.getStatus() != null && m.getStatus().getPhase() == ManagedNodePhase.READY));
        client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName("idle")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"minNodes\":1}}");

        running.awaitPasses(2);
        assertThat(managedNodes()).hasSize(2);
        running.clock.advance(Duration.ofSeconds(61));

        // idle-1 is the planner's choice (both are empty; names break the tie); left to itself the group
        // would remove the newer idle-2.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(managedNodes()).extracting(m -> m.getMetadata().getName()).containsExactly("idle-2");
            assertThat(client.nodes().list().getItems()).extracting(n -> n.getMetadata().getName())
                    .containsExactly("idle-2");
            assertThat(new LocalCloudStore(dir).read().vms()).hasSize(1);
        });
        // The removal goes through the ManagedNode lifecycle: Terminating (an empty node has nothing to
        // drain), then Deleting, each transition recorded once.
        assertThat(events("idle-1", "Terminating")).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("phase Ready -> Terminating"));
        assertThat(events("idle-1", "Deleting")).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("phase Terminating -> Deleting"));
        assertThat(group("idle").getStatus().getDesiredNodes()).isEqualTo(1);
        assertThat(events("idle", "TriggeredScaleDown")).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("idle-1"));
        assertThat(running.operator.registry().get("provctl.autoscaler.scale.downs").tag("nodegroup", "default/idle")
                .counter().count()).isEqualTo(1.0);
        assertThat(running.operator.registry().get("provctl.autoscaler.nodes.removed").tag("nodegroup", "default/idle")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void aPodNoGroupCanHostIsReportedOnceAndNotRetried() {
        client.resource(OperatorHarness.group("web", 0, 5)).create();
        client.resource(ClusterSnapshotBuilderTest.pending("huge", "100", "1Gi")).create();

        running.closeBatch();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events("huge", "NotTriggerScaleUp"))
                .singleElement().satisfies(e -> assertThat(e.getType()).isEqualTo("Warning")));

        running.closeBatch();
        running.closeBatch();
        assertThat(events("huge", "NotTriggerScaleUp")).hasSize(1);
        assertThat(running.operator.registry().get("provctl.autoscaler.impossible.pods").gauge().value()).isEqualTo(1.0);
        assertThat(running.operator.registry().get("provctl.autoscaler.unschedulable.pods").gauge().value()).isEqualTo(1.0);
        assertThat(running.operator.registry().find("provctl.autoscaler.scale.ups").counters()).isEmpty();
        assertThat(Optional.ofNullable(group("web").getStatus()).map(s -> s.getDesiredNodes()).orElse(0)).isZero();
        assertThat(managedNodes()).isEmpty();
    }

    private List<Event> events(String involved, String reason) {
        return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
                .filter(e -> involved.equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason())).toList();
    }

    private NodeGroup group(String name) {
        return client.resources(NodeGroup.class).inNamespace(NAMESPACE).withName(name).get();
    }

    private List<ManagedNode> managedNodes() {
        return client.resources(ManagedNode.class).inNamespace(NAMESPACE).list().getItems();
    }
}
