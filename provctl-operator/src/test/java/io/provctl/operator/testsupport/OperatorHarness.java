package io.provctl.operator.testsupport;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.cloud.local.LocalCloud;
import io.provctl.cloud.local.LocalCloudConfig;
import io.provctl.catalog.InstanceTypeCatalog;
import io.provctl.operator.OperatorOptions;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.crd.Crds;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupSpec;
import io.provctl.provider.NodeProvider;
import io.provctl.testsupport.MutableClock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Object factories and the wiring of an operator on the mock API server, shared by every *MockTest:
 * CRDs created first (so status is a subresource), a join Secret, the local cloud in a temporary
 * directory, a clock the test moves.
 */
public final class OperatorHarness {

    public static final String NAMESPACE = "default";

    private OperatorHarness() {
    }

    public static void installCrds(KubernetesClient client) {
        for (String file : Crds.FILES) {
            CustomResourceDefinition crd = client.getKubernetesSerialization().unmarshal(
                    new ByteArrayInputStream(Crds.read(file).getBytes(StandardCharsets.UTF_8)));
            client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        }
        client.secrets().inNamespace(NAMESPACE).resource(new SecretBuilder().withNewMetadata()
                .withName("provctl-join").endMetadata()
                .withStringData(Map.of("endpoint", "10.0.0.2:6443", "token", "abcdef.0123456789abcdef",
                        "caCertHash", "sha256:0000"))
                .build()).create();
    }

    /**
     * Leader election first asks whether it may use Leases; the mock server cannot answer a
     * SelfSubjectRulesReview, so this answers it (expectations win over the CRUD store).
     */
    public static void allowLeases(KubernetesMockServer server) {
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")
                .andReply(201, request -> new SelfSubjectRulesReviewBuilder().withNewStatus()
                        .addNewResourceRule().withApiGroups("coordination.k8s.io").withResources("leases")
                        .withVerbs("get", "list", "watch", "create", "update", "patch", "delete").endResourceRule()
                        .withIncomplete(false).endStatus().build())
                .always();
    }

    /**
     * What the API server's Eviction API does for a pod it lets go: deletes it. The mock server has no
     * eviction semantics; the deletion happens off the server's thread, as a kubelet's would.
     */
    public static void evictable(KubernetesMockServer server, KubernetesClient client, Pod pod) {
        String namespace = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        server.expect().post().withPath("/api/v1/namespaces/" + namespace + "/pods/" + name + "/eviction")
                .andReply(201, request -> {
                    CompletableFuture.runAsync(() -> client.pods().inNamespace(namespace).withName(name).delete());
                    return new StatusBuilder().withStatus("Success").withCode(201).build();
                })
                .always();
    }

    /**
     * Listing pods by {@code spec.nodeName}, which the API server indexes and the mock server cannot
     * (it matches field selectors on name and namespace only, and answers an empty list otherwise). The
     * answer comes from an informer's cache: a reply may not call the server it is replying for.
     * Close the returned informer after the test.
     */
    public static SharedIndexInformer<Pod> podsByNode(KubernetesMockServer server, KubernetesClient client,
                                                      String node) {
        SharedIndexInformer<Pod> pods = client.pods().inAnyNamespace().inform();
        server.expect().get().withPath("/api/v1/pods?fieldSelector=spec.nodeName%3D" + node)
                .andReply(200, request -> new PodListBuilder().withNewMetadata().withResourceVersion("1").endMetadata()
                        .withItems(pods.getStore().list().stream()
                                .filter(p -> node.equals(p.getSpec().getNodeName())).toList()).build())
                .always();
        return pods;
    }

    /** A Running, Ready pod bound to {@code node}, with {@code labels}. */
    public static Pod runningPod(String name, String node, Map<String, String> labels) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).withLabels(labels)
                .endMetadata().withNewSpec().withNodeName(node).addNewContainer().withName("app").withImage("app")
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                .endCondition().endStatus().build();
    }

    /** A budget over pods labelled {@code app=<app>} that allows no disruption while all of them must stay. */
    public static PodDisruptionBudget budget(String name, String app, int minAvailable) {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE)
                .endMetadata().withNewSpec().withMinAvailable(new IntOrString(minAvailable))
                .withNewSelector().withMatchLabels(Map.of("app", app)).endSelector().endSpec().build();
    }

    public static LocalCloud cloud(Path dir, MutableClock clock) {
        return cloud(dir, clock, LocalCloudConfig.defaults().withSeed(7));
    }

    public static LocalCloud cloud(Path dir, MutableClock clock, LocalCloudConfig config) {
        return LocalCloud.open("local", dir, config, emptyCatalog(), clock, clock.sleeper());
    }

    public static OperatorOptions options(Path dir, boolean leaderElection, String identity) {
        return new OperatorOptions(Optional.empty(), OperatorOptions.address("127.0.0.1:0"),
                OperatorOptions.address("127.0.0.1:0"), leaderElection, NAMESPACE, identity, Duration.ofMinutes(10),
                "local", dir, Duration.ofMillis(100));
    }

    public static ProvctlOperator start(KubernetesClient client, NodeProvider provider, MutableClock clock,
                                        OperatorOptions options) {
        return ProvctlOperator.start(options, client, provider, clock,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public static NodeGroup group(String name, int min, int max) {
        NodeGroup g = new NodeGroup();
        g.getMetadata().setName(name);
        g.getMetadata().setNamespace(NAMESPACE);
        NodeGroupSpec spec = new NodeGroupSpec();
        spec.setMinNodes(min);
        spec.setMaxNodes(max);
        spec.setProvider("local");
        spec.setDatacenterID("local-1");
        spec.setOfferingIDs(List.of("local.small"));
        spec.setLabels(Map.of("tier", "web"));
        NodeTaint taint = new NodeTaint();
        taint.setKey("dedicated");
        taint.setValue("web");
        taint.setEffect("NoSchedule");
        spec.setTaints(List.of(taint));
        g.setSpec(spec);
        return g;
    }

    public static <T extends HasMetadata> T create(KubernetesClient client, T resource) {
        return client.resource(resource).create();
    }

    private static InstanceTypeCatalog emptyCatalog() {
        return new InstanceTypeCatalog() {
            @Override
            public Set<String> instanceTypes(String provider) {
                return Set.of();
            }

            @Override
            public Optional<io.provctl.catalog.InstanceShape> shape(String provider, String instanceType) {
                return Optional.empty();
            }

            @Override
            public Set<String> providers() {
                return Set.of();
            }
        };
    }
}
