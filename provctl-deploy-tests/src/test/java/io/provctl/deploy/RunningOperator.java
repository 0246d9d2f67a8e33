package io.provctl.deploy;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.cli.CliEnvironment;
import io.provctl.cloud.Providers;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.operator.OperatorOptions;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.autoscaling.AutoscalerOptions;
import io.provctl.operator.rightsizing.RightsizingSettings;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupSpec;
import io.provctl.operator.crd.Crds;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;

/**
 * The real operator (ProvctlOperator, its metrics and probe servers, the local cloud behind the
 * provider port) on the fabric8 CRUD mock API server, driven through one NodeGroup's life: created,
 * a first VM creation failing (so the error counters exist), a VM provisioned, the group deleted and
 * its node and VM cleaned up. Records {@code /metrics} while the group exists and every request the
 * operator's own client sent (told apart from the test's by its User-Agent).
 */
final class RunningOperator {

    static final String AGENT = "provctl-operator-under-test";

    record Run(String scrape, List<RecordedRequest> requests) {
    }

    private RunningOperator() {
    }

    static Run drive(KubernetesClient test, KubernetesMockServer server, Path dir) throws Exception {
        for (String file : Crds.FILES) {
            CustomResourceDefinition crd = test.getKubernetesSerialization().unmarshal(
                    new ByteArrayInputStream(Crds.read(file).getBytes(StandardCharsets.UTF_8)));
            test.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        }
        test.secrets().inNamespace("default").resource(new SecretBuilder().withNewMetadata().withName("provctl-join")
                .endMetadata().withStringData(Map.of("endpoint", "10.0.0.2:6443", "token", "abcdef.0123456789abcdef",
                        "caCertHash", "sha256:0000")).build()).create();

        KubernetesClient own = new KubernetesClientBuilder().withConfig(new ConfigBuilder(test.getConfiguration())
                .withUserAgent(AGENT).build()).build();
        Providers providers = new Providers(dir, Clock.systemUTC(), CliEnvironment.system().sleeper(),
                new CatalogInstanceTypes(PriceSources.embedded()), Map.of());
        NodeProvider provider = new FailsOnce(providers.nodeProvider("local", false));
        OperatorOptions options = new OperatorOptions(Optional.empty(), OperatorOptions.address("127.0.0.1:0"),
                OperatorOptions.address("127.0.0.1:0"), false, "default", "deploy-test", Duration.ofMinutes(10),
                "local", dir, Duration.ofMillis(100));
        String scrape;
        // With the node autoscaler, as `provctl operator run` starts it by default: its requests and metrics
        // are part of what the deployment must allow and what the dashboard may use.
        try (own; ProvctlOperator operator = ProvctlOperator.start(options, own, provider, Clock.systemUTC(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                RightsizingSettings.defaults(RightsizingSettings.unconfiguredSource()),
                AutoscalerOptions.defaults())) {
            test.resource(group("web")).create();
            await().atMost(Duration.ofSeconds(30)).until(() -> test.resources(ManagedNode.class).inNamespace("default")
                    .list().getItems().stream().anyMatch(m -> m.getStatus() != null
                            && m.getStatus().getProviderID() != null));
            scrape = get("http://127.0.0.1:" + operator.metricsPort() + "/metrics");
            test.resources(NodeGroup.class).inNamespace("default").withName("web").delete();
            await().atMost(Duration.ofSeconds(30)).until(() -> test.resources(NodeGroup.class).inNamespace("default")
                    .withName("web").get() == null);
        }
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null; ) {
            if (AGENT.equals(r.getHeader("User-Agent"))) {
                requests.add(r);
            }
        }
        return new Run(scrape, requests);
    }

    private static NodeGroup group(String name) {
        NodeGroup g = new NodeGroup();
        g.getMetadata().setName(name);
        g.getMetadata().setNamespace("default");
        NodeGroupSpec spec = new NodeGroupSpec();
        spec.setMinNodes(1);
        spec.setMaxNodes(3);
        spec.setProvider("local");
        spec.setDatacenterID("local-1");
        spec.setOfferingIDs(List.of("local.small"));
        g.setSpec(spec);
        return g;
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The first VM creation fails with an unexpected error, as a broken adapter would. */
    private static final class FailsOnce implements NodeProvider {
        private final NodeProvider delegate;
        private final AtomicBoolean failed = new AtomicBoolean();

        FailsOnce(NodeProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public ProviderNode createNode(NodeRequest request) {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected: adapter bug");
            }
            return delegate.createNode(request);
        }

        @Override
        public List<ProviderNode> findByTag(String key, String value) {
            return delegate.findByTag(key, value);
        }

        @Override
        public Optional<ProviderNode> getNode(String id) {
            return delegate.getNode(id);
        }

        @Override
        public void deleteNode(String id) {
            delegate.deleteNode(id);
        }
    }
}
