package io.provctl.autoscaler.dump;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.Operator;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Requirement;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.model.Taint;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.VolumeKind;
import io.provctl.cost.pricing.PriceSources;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterDumpReaderTest {

    private static final long GI = 1L << 30;
    private static final long MI = 1L << 20;
    private final ClusterDumpReader reader = new ClusterDumpReader(PriceSources.embedded());

    private ClusterSnapshot read(String yaml) {
        return reader.read(List.of(new DumpSource("dump.yaml", yaml)));
    }

    @Test
    void aPodCarriesEverythingTheDecisionsUse() {
        PodInfo p = read("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web-1
                  namespace: shop
                  labels: {app: web}
                  annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "true"}
                  ownerReferences:
                  - {kind: Node, name: n1}
                  - {kind: ReplicaSet, name: web-1234, controller: true}
                spec:
                  priority: 100
                  initContainers:
                  - name: migrate
                    resources: {requests: {cpu: "2", memory: 64Mi}}
                  containers:
                  - name: app
                    resources: {requests: {cpu: 500m, memory: 256Mi, ephemeral-storage: 1Gi}}
                  - name: sidecar
                    resources: {requests: {cpu: 100m, memory: 128Mi}}
                  overhead: {cpu: 10m}
                  nodeSelector: {disk: ssd}
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions:
                          - {key: zone, operator: In, values: [a, b]}
                          - {key: cores, operator: Gt, values: ["4"]}
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                      - topologyKey: kubernetes.io/hostname
                        labelSelector: {matchLabels: {app: web}}
                      - topologyKey: topology.kubernetes.io/zone
                        labelSelector: {matchLabels: {app: web}}
                  tolerations:
                  - {key: gpu, operator: Exists, effect: NoSchedule}
                  - {key: spot, operator: Equal, value: "true"}
                  volumes:
                  - {name: tmp, emptyDir: {}}
                  - {name: cfg, configMap: {name: web}}
                status:
                  phase: Pending
                  conditions:
                  - {type: PodScheduled, status: "False", reason: Unschedulable}
                """).pods().get(0);

        assertThat(p.key()).isEqualTo("shop/web-1");
        assertThat(p.requests()).isEqualTo(new Resources(2010, 384 * MI, GI, 1));
        assertThat(p.ownerKind()).hasValue("ReplicaSet");
        assertThat(p.priority()).isEqualTo(100);
        assertThat(p.nodeSelector()).containsEntry("disk", "ssd");
        assertThat(p.requiredAffinity()).singleElement().satisfies(t -> assertThat(t.requirements()).containsExactly(
                new Requirement("zone", Operator.IN, List.of("a", "b")), new Requirement("cores", Operator.GT, List.of("4"))));
        assertThat(p.antiAffinity()).hasSize(1);
        assertThat(p.tolerations()).hasSize(2);
        assertThat(p.tolerations().get(0).effect()).hasValue(TaintEffect.NO_SCHEDULE);
        assertThat(p.tolerations().get(1).effect()).isEmpty();
        assertThat(p.volumes()).containsExactlyInAnyOrder(VolumeKind.EMPTY_DIR, VolumeKind.CONFIG_MAP);
        assertThat(p.annotation(PodInfo.SAFE_TO_EVICT)).hasValue("true");
        assertThat(p.unschedulable()).isTrue();
        assertThat(p.nodeName()).isEmpty();
    }

    @Test
    void finishedPodsAreLeftOutAndOtherKindsSkipped() {
        ClusterSnapshot s = read("""
                apiVersion: v1
                kind: List
                items:
                - {apiVersion: v1, kind: Pod, metadata: {name: done}, status: {phase: Succeeded}}
                - {apiVersion: v1, kind: Pod, metadata: {name: bound}, spec: {nodeName: n1}, status: {phase: Running}}
                - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
                """);

        assertThat(s.pods()).extracting(PodInfo::key).containsExactly("default/bound");
        assertThat(s.pods().get(0).ownerKind()).isEmpty();
    }

    @Test
    void nodesReadyJoiningAndCordoned() {
        ClusterSnapshot s = read("""
                apiVersion: v1
                kind: Node
                metadata:
                  name: n1
                  labels: {autoscaling.provctl.io/nodegroup: general}
                  annotations: {cluster-autoscaler.kubernetes.io/scale-down-disabled: "true"}
                spec:
                  unschedulable: true
                  taints: [{key: dedicated, value: db, effect: NoExecute}]
                status:
                  allocatable: {cpu: 3920m, memory: 15Gi, pods: "58"}
                  conditions: [{type: Ready, status: "True"}]
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: n2}
                status:
                  capacity: {cpu: "2", memory: 4Gi}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: n3}
                status:
                  allocatable: {cpu: "2", memory: 4Gi}
                  conditions: [{type: Ready, status: "False"}]
                """);

        NodeInfo n1 = s.nodes().get(0);
        assertThat(n1.allocatable()).isEqualTo(new Resources(3920, 15 * GI, Resources.UNLIMITED, 58));
        assertThat(n1.group()).hasValue("general");
        assertThat(n1.unschedulable()).isTrue();
        assertThat(n1.scaleDownDisabled()).isTrue();
        assertThat(n1.taints()).containsExactly(new Taint("dedicated", "db", TaintEffect.NO_EXECUTE));
        assertThat(n1.ready()).isTrue();
        assertThat(s.nodes().get(1)).satisfies(n -> {
            assertThat(n.joining()).isTrue();
            assertThat(n.allocatable().pods()).isEqualTo(110);
            assertThat(n.group()).isEmpty();
        });
        assertThat(s.nodes().get(2).usable()).isFalse();
    }

    @Test
    void offeringsCarryASpotPriceTheirOwnOrAssumed() {
        ClusterSnapshot s = read("""
                apiVersion: autoscaling.provctl.io/v1alpha1
                kind: NodeGroup
                metadata: {name: general}
                spec:
                  provider: gcp
                  region: us-central1
                  minNodes: 1
                  maxNodes: 10
                  offeringIDs:
                  - n2-standard-4
                  - {name: tiny, cpu: 500m, memory: 1Gi, pods: 8, pricePerHour: "0.0100", spotPricePerHour: "0.0021"}
                  - {name: plain, cpu: 500m, memory: 1Gi, pods: 8, pricePerHour: "0.0100"}
                """);

        NodeGroupInfo g = s.groups().get(0);
        assertThat(g.offering("n2-standard-4").orElseThrow().pricePerHour(true)).isEqualByComparingTo("0.0470");
        assertThat(g.offering("tiny").orElseThrow().pricePerHour(true)).isEqualByComparingTo("0.0021");
        assertThat(g.offering("tiny").orElseThrow().spotPriceAssumed()).isFalse();
        assertThat(g.offering("plain").orElseThrow().pricePerHour(true)).isEqualByComparingTo("0.0030");
        assertThat(g.offering("plain").orElseThrow().spotPriceAssumed()).isTrue();
        assertThat(g.offering("plain").orElseThrow().pricePerHour(false)).isEqualByComparingTo("0.0100");
    }

    @Test
    void aNodeGroupWithCatalogAndInlineOfferings() {
        ClusterSnapshot s = read("""
                apiVersion: autoscaling.provctl.io/v1alpha1
                kind: NodeGroup
                metadata: {name: general}
                spec:
                  provider: aws
                  region: us-east-1
                  minNodes: 1
                  maxNodes: 10
                  offeringIDs:
                  - t3.large
                  - {name: tiny, cpu: 500m, memory: 1Gi, pods: 8, pricePerHour: "0.0052"}
                  labels: {tier: web}
                  taints: [{key: web, value: "true", effect: NoSchedule}]
                  scaleUpPolicy: {enabled: true, stabilizationWindowSeconds: 120}
                  scaleDownPolicy: {enabled: false, cpuThreshold: 40, memoryThreshold: 60, stabilizationWindowSeconds: 300}
                status:
                  desiredNodes: 3
                  lastScaleUpTime: "2026-11-23T09:00:00Z"
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: n1, labels: {autoscaling.provctl.io/nodegroup: general}}
                status: {allocatable: {cpu: "2", memory: 8Gi}}
                """);

        NodeGroupInfo g = s.groups().get(0);
        assertThat(g.offerings()).containsExactly(
                Offering.of("t3.large", 2000, 8 * GI, 110, new BigDecimal("0.0832")),
                new Offering("tiny", new Resources(500, GI, Resources.UNLIMITED, 8), new BigDecimal("0.0052")));
        assertThat(g.currentNodes()).isEqualTo(3);
        assertThat(g.minNodes()).isEqualTo(1);
        assertThat(g.labels()).containsEntry("tier", "web");
        assertThat(g.taints()).hasSize(1);
        assertThat(g.scaleUpPolicy().cooldown()).isEqualTo(Duration.ofSeconds(120));
        assertThat(g.scaleDownPolicy().enabled()).isFalse();
        assertThat(g.scaleDownPolicy().cpuThreshold()).isEqualByComparingTo("0.4");
        assertThat(g.scaleDownPolicy().memoryThreshold()).isEqualByComparingTo("0.6");
        assertThat(g.scaleDownPolicy().unneededTime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(g.lastScaleUpTime()).hasValue(Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void pdbsReadTheirSelectorAndAllowance() {
        ClusterSnapshot s = read("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web, namespace: shop}
                spec:
                  selector:
                    matchExpressions: [{key: app, operator: In, values: [web]}]
                status: {disruptionsAllowed: 2}
                """);

        assertThat(s.pdbs()).singleElement().satisfies(b -> {
            assertThat(b.key()).isEqualTo("shop/web");
            assertThat(b.disruptionsAllowed()).isEqualTo(2);
            assertThat(b.covers(PodInfo.builder("shop", "w").label("app", "web").build())).isTrue();
            assertThat(b.covers(PodInfo.builder("default", "w").label("app", "web").build())).isFalse();
        });
    }

    @Test
    void errorsNameTheFileDocumentLineAndItem() {
        assertThatThrownBy(() -> read("""
                apiVersion: v1
                kind: List
                items:
                - {kind: Node, metadata: {name: ok}}
                - {kind: Node, metadata: {name: bad}, spec: {taints: [{key: k, effect: Sometimes}]}}
                """)).isInstanceOf(DumpException.class).hasMessage("dump.yaml: document 1 (line 1), items[1]: Node bad:"
                + " unknown taint effect \"Sometimes\" (NoSchedule, PreferNoSchedule or NoExecute)");
        assertThatThrownBy(() -> read("kind: Pod\nmetadata: {name: a}\n---\n- just\n- a list\n"))
                .hasMessage("dump.yaml: document 2 (line 4): expected a Kubernetes object, got array");
        assertThatThrownBy(() -> read("metadata: {name: a}\n"))
                .hasMessage("dump.yaml: document 1 (line 1): not a Kubernetes object: no kind");
        assertThatThrownBy(() -> read("kind: NodeGroup\nmetadata: {name: g}\nspec: {offeringIDs: [t3.large]}\n"))
                .hasMessageContaining("NodeGroup g: spec.maxNodes is required");
        assertThatThrownBy(() -> read("kind: NodeGroup\nmetadata: {name: g}\nspec: {maxNodes: 2, offeringIDs: [t3.large, t3.large]}\n"))
                .hasMessageContaining("offering t3.large is listed twice");
        assertThatThrownBy(() -> read("kind: NodeGroup\nmetadata: {name: g}\nspec: {maxNodes: 2, offeringIDs: [{cpu: 1, memory: 1Gi}]}\n"))
                .hasMessageContaining("an inline offering needs pricePerHour");
    }

    @Test
    void emptyDocumentsAreSkipped() {
        ClusterSnapshot s = read("---\n---\nkind: Node\nmetadata: {name: n}\n---\n");

        assertThat(s.nodes()).hasSize(1);
        assertThat(s.pods()).isEmpty();
        assertThat(s.groups()).isEmpty();
    }
}
