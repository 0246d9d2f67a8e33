package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationStatus;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeSpec;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.operator.testsupport.Rightsizing;
import io.provctl.rightsizing.Resources;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** Costs priced at the nodes the target's pods run on, on the CRUD mock with the real client. */
@EnableKubernetesMockClient(crud = true, https = false)
class CostOptimizationPricingTest {

    KubernetesClient client;
    KubernetesMockServer server;

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private CostOptimizationController controller;

    @BeforeEach
    void setUp() {
        OperatorHarness.installCrds(client);
        client.resource(Rightsizing.deployment("web", 3)).create();
        controller = new CostOptimizationController(client,
                RightsizingSettings.defaults(new Rightsizing.SteadyUsage(3, 200, 300 * Resources.MIB)), clock,
                new CostOptimizationMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        client.resource(Rightsizing.costOptimization("web-opt", s -> { })).create();
    }

    @Test
    void podsOnACloudNodeAreCostedAtItsCatalogPrice() {
        client.resource(new NodeBuilder().withNewMetadata().withName("ip-10-0-1-5")
                .withLabels(Map.of("node.kubernetes.io/instance-type", "t3.large",
                        "topology.kubernetes.io/region", "us-east-1"))
                .endMetadata().withNewSpec().withProviderID("aws:///us-east-1a/i-0abc").endSpec().build()).create();
        podsOn("ip-10-0-1-5");

        CostOptimizationStatus status = reconcile();

        // t3.large $0.0832/h over 2 vCPU and 8 GiB: 3 pods x (1 x $0.0208 + 1 x $0.0052) x 730 h
        assertThat(status.getCurrentRecommendation().getCurrentMonthlyCost()).isEqualTo("56.94");
        assertThat(status.getCurrentRecommendation().getPricing())
                .startsWith("mean over 3 pod(s) of their nodes (ip-10-0-1-5 x3: aws/us-east-1/t3.large at $0.0832/h");
        assertThat(status.getMessage()).doesNotContain("reference");
    }

    @Test
    void aProvctlNodeIsPricedByItsManagedNodeAndNodeGroup() {
        NodeGroup group = OperatorHarness.group("gpool", 1, 3);
        group.getSpec().setProvider("gcp");
        group.getSpec().setDatacenterID("us-central1");
        client.resource(group).create();
        ManagedNode managed = new ManagedNode();
        managed.getMetadata().setName("gpool-abc");
        managed.getMetadata().setNamespace(NAMESPACE);
        ManagedNodeSpec spec = new ManagedNodeSpec();
        spec.setNodeGroupName("gpool");
        spec.setInstanceType("n2-standard-4");
        managed.setSpec(spec);
        client.resource(managed).create();
        client.resource(new NodeBuilder().withNewMetadata().withName("gpool-abc")
                .withLabels(Map.of(ApiGroup.NODEGROUP_LABEL, "gpool", ApiGroup.MANAGEDNODE_LABEL, "gpool-abc"))
                .endMetadata().build()).create();
        podsOn("gpool-abc");

        CostOptimizationStatus status = reconcile();

        // n2-standard-4 $0.1942/h over 4 vCPU and 16 GiB: 3 x ($0.024275 + $0.00606875) x 730 h
        assertThat(status.getCurrentRecommendation().getCurrentMonthlyCost()).isEqualTo("66.45");
        assertThat(status.getCurrentRecommendation().getPricing()).contains("gcp/us-central1/n2-standard-4");
    }

    @Test
    void withoutPodsOnKnownNodesTheReferenceIsUsedAndTheStatusSaysSo() {
        CostOptimizationStatus status = reconcile();

        // m5.large: 3 x ($0.024 + $0.006) x 730 h
        assertThat(status.getCurrentRecommendation().getCurrentMonthlyCost()).isEqualTo("65.70");
        assertThat(status.getCurrentRecommendation().getPricing()).startsWith("reference aws m5.large us-east-1");
        assertThat(status.getMessage())
                .endsWith("(costs use the reference node's prices: no pod of the workload is running)");
    }

    @Test
    void nodesThatCannotBeReadFallBackToTheReferenceAndTheAnalysisStillRuns() {
        server.expect().get().withPath("/api/v1/nodes/ip-10-0-1-5").andReturn(403,
                "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403}").always();
        podsOn("ip-10-0-1-5");

        CostOptimizationStatus status = reconcile();

        assertThat(status.getCurrentRecommendation().getCurrentMonthlyCost()).isEqualTo("65.70");
        assertThat(status.getMessage()).contains("(costs use the reference node's prices: cannot read the workload's pods or nodes");
    }

    private void podsOn(String node) {
        for (int i = 0; i < 3; i++) {
            client.resource(OperatorHarness.runningPod("web-5d8f-" + i, node, Rightsizing.WEB_LABELS)).create();
        }
    }

    private CostOptimizationStatus reconcile() {
        controller.reconcile(current());
        return current().getStatus();
    }

    private CostOptimization current() {
        return client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").get();
    }
}
