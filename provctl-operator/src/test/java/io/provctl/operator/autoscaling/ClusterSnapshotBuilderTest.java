package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.rightsizing.placement.SpotNodes;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingScaleUp;
import io.provctl.operator.api.v1alpha1.nodegroup.ScaleDownPolicy;
import io.provctl.operator.nodegroup.ManagedNodes;
import io.provctl.operator.settings.Settings;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterSnapshotBuilderTest {

    private static final long GIB = 1L << 30;

    private final ClusterSnapshotBuilder builder = new ClusterSnapshotBuilder(PriceSources.embedded());

    @Test
    void mapsPodsNodesBudgetsAndGroupsLikeADump() {
        NodeGroup web = OperatorHarness.group("web", 1, 5);
        ScaleDownPolicy down = new ScaleDownPolicy();
        down.setStabilizationWindowSeconds(120);
        down.setCpuThreshold(40);
        web.getSpec().setScaleDownPolicy(down);
        NodeGroupStatus status = new NodeGroupStatus();
        status.setDesiredNodes(3);
        status.setLastScaleUpTime("2026-01-01T00:00:00Z");
        web.setStatus(status);

        ClusterSnapshot s = builder.build(new ClusterObjects(
                List.of(pending("a", "1500m", "1Gi"), bound("b", "web-1")),
                List.of(node("web-1", "web")), List.of(pdb("b-pdb", 0)), List.of(web), List.of()));

        PodInfo a = pod(s, "default/a");
        assertThat(a.unschedulable()).isTrue();
        assertThat(a.requests().cpuMillis()).isEqualTo(1500);
        assertThat(a.requests().memoryBytes()).isEqualTo(GIB);
        assertThat(a.ownerKind()).contains("ReplicaSet");
        assertThat(pod(s, "default/b").nodeName()).contains("web-1");
        assertThat(s.unschedulablePods()).extracting(PodInfo::key).containsExactly("default/a");

        NodeInfo n = s.nodes().get(0);
        assertThat(n.group()).contains("web");
        assertThat(n.ready()).isTrue();
        assertThat(n.allocatable().cpuMillis()).isEqualTo(2000);

        NodeGroupInfo g = s.group("web").orElseThrow();
        assertThat(g.minNodes()).isEqualTo(1);
        assertThat(g.maxNodes()).isEqualTo(5);
        assertThat(g.currentNodes()).as("desiredNodes counts nodes still on their way").isEqualTo(3);
        assertThat(g.offering("local.small")).get().satisfies(o -> {
            assertThat(o.capacity().cpuMillis()).isEqualTo(2000);
            assertThat(o.capacity().memoryBytes()).isEqualTo(4 * GIB);
            assertThat(o.pricePerHour()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(g.labels()).containsEntry("tier", "web");
        assertThat(g.taints()).anyMatch(t -> t.key().equals("dedicated"));
        assertThat(g.scaleDownPolicy().unneededTime()).isEqualTo(Duration.ofSeconds(120));
        assertThat(g.scaleDownPolicy().cpuThreshold()).isEqualByComparingTo("0.4");
        assertThat(g.lastScaleUpTime()).contains(Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(s.pdbs()).singleElement().satisfies(p -> {
            assertThat(p.disruptionsAllowed()).isZero();
            assertThat(p.covers(pod(s, "default/b"))).isTrue();
        });
    }

    @Test
    void aManagedNodeWhoseNodeHasNotRegisteredIsAJoiningTemplateNode() {
        NodeGroup web = OperatorHarness.group("web", 0, 5);
        ManagedNode registered = ManagedNodes.desired(web, "web-1", Settings.defaults());
        ManagedNode booting = ManagedNodes.desired(web, "web-2", Settings.defaults());

        ClusterSnapshot s = builder.build(new ClusterObjects(List.of(), List.of(node("web-1", "web")), List.of(),
                List.of(web), List.of(registered, booting)));

        assertThat(s.nodes()).extracting(NodeInfo::name).containsExactlyInAnyOrder("web-1", "web-2");
        NodeInfo joining = s.nodes().stream().filter(x -> x.name().equals("web-2")).findFirst().orElseThrow();
        assertThat(joining.joining()).isTrue();
        assertThat(joining.ready()).isFalse();
        assertThat(joining.group()).contains("web");
        assertThat(joining.allocatable().cpuMillis()).isEqualTo(2000);
        assertThat(joining.labels()).containsEntry("tier", "web");
        assertThat(joining.taints()).anyMatch(t -> t.key().equals("dedicated"));
    }

    @Test
    void nodesTheStatusAsksForWithoutAManagedNodeYetAreJoiningTemplatesOfThePendingOfferingsFirst() {
        NodeGroup web = OperatorHarness.group("web", 0, 5);
        web.getSpec().setOfferingIDs(List.of("local.small", "local.large"));
        NodeGroupStatus status = new NodeGroupStatus();
        status.setDesiredNodes(3);
        status.setPendingScaleUps(List.of(new PendingScaleUp("local.large", 1)));
        web.setStatus(status);
        ManagedNode registered = ManagedNodes.desired(web, "web-1", Settings.defaults());

        ClusterSnapshot s = builder.build(new ClusterObjects(List.of(), List.of(node("web-1", "web")), List.of(),
                List.of(web), List.of(registered)));

        assertThat(s.nodes()).extracting(NodeInfo::name)
                .containsExactly("web-1", "web-requested-1", "web-requested-2");
        assertThat(s.nodes().subList(1, 3)).allMatch(NodeInfo::joining).allMatch(n -> n.group().equals(
                java.util.Optional.of("web"))).extracting(n -> n.instanceType().orElseThrow())
                .containsExactly("local.large", "local.small");
        assertThat(s.nodes().get(1).allocatable().cpuMillis()).isEqualTo(8000);
        assertThat(s.group("web").orElseThrow().currentNodes()).isEqualTo(3);
    }

    @Test
    void aNodeWhoseManagedNodeIsMarkedOrLeavingIsLeftOut() {
        NodeGroup web = OperatorHarness.group("web", 0, 5);
        ManagedNode marked = ManagedNodes.desired(web, "web-1", Settings.defaults());
        marked.getMetadata().setAnnotations(Map.of(ApiGroup.SCALE_DOWN_ANNOTATION, "true"));
        ManagedNode deleting = ManagedNodes.desired(web, "web-2", Settings.defaults());
        deleting.getMetadata().setDeletionTimestamp("2026-01-01T00:00:00Z");
        ManagedNode staying = ManagedNodes.desired(web, "web-3", Settings.defaults());

        ClusterSnapshot s = builder.build(new ClusterObjects(List.of(), List.of(node("web-1", "web"),
                node("web-2", "web"), node("web-3", "web")), List.of(), List.of(web),
                List.of(marked, deleting, staying)));

        assertThat(s.nodes()).extracting(NodeInfo::name).containsExactly("web-3");
        assertThat(s.group("web").orElseThrow().currentNodes()).isEqualTo(1);
    }

    @Test
    void aGroupTheCatalogCannotPriceIsLeftOutNotFatal() {
        NodeGroup odd = OperatorHarness.group("odd", 0, 5);
        odd.getSpec().setOfferingIDs(List.of("no-such-offering"));
        NodeGroup web = OperatorHarness.group("web", 0, 5);

        ClusterSnapshot s = builder.build(new ClusterObjects(List.of(pending("a", "1", "1Gi")), List.of(),
                List.of(), List.of(odd, web), List.of()));

        assertThat(s.groups()).extracting(NodeGroupInfo::name).containsExactly("web");
        assertThat(s.unschedulablePods()).hasSize(1);
    }

    @Test
    void finishedPodsHoldNothing() {
        Pod done = bound("done", "web-1");
        done.getStatus().setPhase("Succeeded");

        ClusterSnapshot s = builder.build(new ClusterObjects(List.of(done), List.of(node("web-1", "web")), List.of(),
                List.of(), List.of()));

        assertThat(s.pods()).isEmpty();
    }

    @Test
    void spotNodesArePricedAtTheSpotPriceAndJoiningSpotNodesCarryTheSpotTaint() {
        NodeGroup gcp = OperatorHarness.group("gcp", 0, 5);
        gcp.getSpec().setProvider("gcp");
        gcp.getSpec().setDatacenterID("us-central1");
        gcp.getSpec().setOfferingIDs(List.of("n2-standard-4"));
        NodeGroup aws = OperatorHarness.group("aws", 0, 5);
        aws.getSpec().setProvider("aws");
        aws.getSpec().setDatacenterID("us-east-1");
        aws.getSpec().setOfferingIDs(List.of("m5.large"));
        ManagedNode joiningSpot = ManagedNodes.desired(aws, "aws-3", "m5.large", CapacityTypeName.SPOT,
                Settings.defaults());

        ClusterSnapshot s = builder.build(new ClusterObjects(List.of(), List.of(
                node("gcp-1", "gcp", "n2-standard-4", "spot"), node("gcp-2", "gcp", "n2-standard-4", "on-demand"),
                node("aws-1", "aws", "m5.large", "spot"), node("aws-2", "aws", "m5.large", null)), List.of(),
                List.of(gcp, aws), List.of(joiningSpot)));

        assertThat(s.group("gcp").orElseThrow().offering("n2-standard-4")).get().satisfies(o -> {
            assertThat(o.spotPricePerHour()).as("the catalog's spot price").isEqualByComparingTo("0.0470");
            assertThat(o.spotPriceAssumed()).isFalse();
        });
        assertThat(s.group("aws").orElseThrow().offering("m5.large")).get().satisfies(o -> {
            assertThat(o.spotPricePerHour()).as("no catalog spot price: 30 % of on-demand")
                    .isEqualByComparingTo("0.0288");
            assertThat(o.spotPriceAssumed()).isTrue();
        });
        // gcp: 0.0470 spot + 0.1942 on-demand; aws: 0.0288 spot + 0.096 unlabelled + 0.0288 joining spot
        assertThat(s.costPerHour()).isEqualByComparingTo("0.3948");
        NodeInfo joining = s.nodes().stream().filter(n -> n.name().equals("aws-3")).findFirst().orElseThrow();
        assertThat(joining.spot()).isTrue();
        assertThat(joining.labels()).containsEntry(SpotNodes.LABEL_KEY, SpotNodes.LABEL_VALUE);
        assertThat(joining.taints()).anyMatch(t -> t.key().equals(SpotNodes.TAINT_KEY)
                && t.value().equals(SpotNodes.TAINT_VALUE) && t.effect().kubernetesName().equals(SpotNodes.TAINT_EFFECT));
        assertThat(NodeInfo.CAPACITY_TYPE_LABEL).isEqualTo(SpotNodes.LABEL_KEY);
    }

    private static Node node(String name, String group, String instanceType, String capacity) {
        Node node = node(name, group);
        Map<String, String> labels = new java.util.HashMap<>(node.getMetadata().getLabels());
        labels.put(NodeInfo.INSTANCE_TYPE_LABEL, instanceType);
        if (capacity != null) {
            labels.put(SpotNodes.LABEL_KEY, capacity);
        }
        node.getMetadata().setLabels(labels);
        return node;
    }

    static Pod pending(String name, String cpu, String memory) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").addToLabels("app", name)
                .addNewOwnerReference().withKind("ReplicaSet").withName(name + "-rs").withController(true)
                .withApiVersion("apps/v1").withUid("u-" + name).endOwnerReference().endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").withNewResources()
                .addToRequests("cpu", new Quantity(cpu)).addToRequests("memory", new Quantity(memory))
                .endResources().endContainer()
                .addNewToleration().withKey("dedicated").withOperator("Equal").withValue("web")
                .withEffect("NoSchedule").endToleration().endSpec()
                .withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus("False")
                .withReason("Unschedulable").endCondition().endStatus().build();
    }

    static Pod bound(String name, String node) {
        Pod p = pending(name, "100m", "128Mi");
        p.getSpec().setNodeName(node);
        p.getStatus().setConditions(List.of());
        p.getStatus().setPhase("Running");
        return p;
    }

    static Node node(String name, String group) {
        return new NodeBuilder().withNewMetadata().withName(name)
                .withLabels(Map.of(ApiGroup.NODEGROUP_LABEL, group, ApiGroup.MANAGEDNODE_LABEL, name,
                        NodeInfo.INSTANCE_TYPE_LABEL, "local.small"))
                .endMetadata().withNewStatus()
                .withAllocatable(Map.of("cpu", new Quantity("2"), "memory", new Quantity("4Gi"),
                        "pods", new Quantity("110")))
                .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build();
    }

    private static PodDisruptionBudget pdb(String name, int allowed) {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withMinAvailable(new IntOrString(1)).withNewSelector().addToMatchLabels("app", "b")
                .endSelector().endSpec().withNewStatus().withDisruptionsAllowed(allowed).endStatus().build();
    }

    private static PodInfo pod(ClusterSnapshot s, String key) {
        return s.pods().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
