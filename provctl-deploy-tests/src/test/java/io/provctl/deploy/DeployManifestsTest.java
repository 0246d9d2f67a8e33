package io.provctl.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.provctl.cli.Cli;
import io.provctl.cli.CliEnvironment;
import io.provctl.operator.http.OperatorHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay built with the kubectl on the PATH, every object parsed with the fabric8 model, and the
 * settings the issue lists for each environment read back from the rendered objects.
 */
class DeployManifestsTest {

    private static final String FLAGS = "provctl-operator-flags";
    private static final String SETTINGS = "provctl-operator-settings";
    private static final Pattern VAR = Pattern.compile("\\$\\(([A-Z_]+)\\)");

    /** What the issue asks of each environment: replicas, requests, flags and planned settings. */
    record Expected(int replicas, String cpu, String memory, Map<String, String> flags, Map<String, String> settings) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "base", new Expected(2, "100m", "128Mi",
                    Map.of("LEADER_ELECTION", "true", "LOG_FORMAT", "json", "LOG_LEVEL", "info", "SYNC_PERIOD", "10m"),
                    Map.of("REBALANCING", "false", "SPOT_INSTANCES", "false")),
            "overlays/dev", new Expected(1, "50m", "64Mi",
                    Map.of("LEADER_ELECTION", "false", "LOG_FORMAT", "console", "LOG_LEVEL", "debug", "SYNC_PERIOD", "15s"),
                    Map.of("COST_OPTIMIZATION_INTERVAL", "1h", "REBALANCING", "false", "SPOT_INSTANCES", "false")),
            "overlays/staging", new Expected(2, "75m", "96Mi",
                    Map.of("LEADER_ELECTION", "true", "LOG_FORMAT", "json", "LOG_LEVEL", "info"),
                    Map.of("COST_OPTIMIZATION_INTERVAL", "12h", "REBALANCING", "true", "REBALANCING_MAX_CONCURRENT", "1",
                            "SPOT_INSTANCES", "true")),
            "overlays/production", new Expected(3, "100m", "128Mi",
                    Map.of("LEADER_ELECTION", "true", "LOG_FORMAT", "json", "LOG_LEVEL", "info"),
                    Map.of("COST_OPTIMIZATION_INTERVAL", "24h", "REBALANCING", "true", "REBALANCING_MAX_CONCURRENT", "2",
                            "SPOT_INSTANCES", "true")));

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/staging", "overlays/production", "webhook"})
    void everyObjectParsesAndLandsInProvctlSystem(String dir) {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve(dir));
        assertThat(r.all(CustomResourceDefinition.class)).hasSize(io.provctl.operator.crd.Crds.FILES.size());
        for (HasMetadata o : r.objects()) {
            if (o instanceof Namespaced) {
                assertThat(o.getMetadata().getNamespace()).as("%s %s", o.getKind(), o.getMetadata().getName())
                        .isEqualTo("provctl-system");
            }
        }
        assertThat(r.kind("ServiceMonitor")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/staging", "overlays/production"})
    void replicasResourcesAndSettingsAreThoseOfTheEnvironment(String dir) {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve(dir));
        Expected expected = EXPECTED.get(dir);
        Deployment d = r.deployment();
        assertThat(d.getSpec().getReplicas()).isEqualTo(expected.replicas());
        Container c = operator(d);
        assertThat(c.getResources().getRequests()).containsEntry("cpu", new Quantity(expected.cpu()))
                .containsEntry("memory", new Quantity(expected.memory()));
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(r.generated(FLAGS).getData()).containsAllEntriesOf(expected.flags());
        assertThat(r.generated(SETTINGS).getData()).containsAllEntriesOf(expected.settings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/staging", "overlays/production"})
    void theResolvedArgumentsParseWithTheRealCommandLine(String dir) {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve(dir));
        Map<String, String> flags = r.generated(FLAGS).getData();
        Container c = operator(r.deployment());
        for (String key : flags.keySet()) {
            assertThat(c.getArgs()).as("ConfigMap key %s is passed as its flag", key).contains(flag(key) + "=$(" + key + ")");
        }
        assertThat(c.getEnvFrom()).extracting(e -> e.getConfigMapRef() == null ? null : e.getConfigMapRef().getName())
                .contains(r.generated(FLAGS).getMetadata().getName(), r.generated(SETTINGS).getMetadata().getName());

        Map<String, String> env = new HashMap<>(flags);
        env.put("POD_NAMESPACE", "provctl-system");
        List<String> args = new ArrayList<>();
        for (String arg : c.getArgs()) {
            Matcher m = VAR.matcher(arg);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                assertThat(env).as("%s refers to a variable the pod defines", arg).containsKey(m.group(1));
                m.appendReplacement(resolved, Matcher.quoteReplacement(env.get(m.group(1))));
            }
            m.appendTail(resolved);
            args.add(resolved.toString());
        }
        ParseResult parsed = Cli.commandLine(CliEnvironment.system()).parseArgs(args.toArray(String[]::new));
        ParseResult run = parsed.subcommand().subcommand();
        assertThat(run.commandSpec().name()).isEqualTo("run");
        assertThat(run.matchedOptionValue("--leader-election", !Boolean.parseBoolean(flags.get("LEADER_ELECTION"))))
                .isEqualTo(Boolean.parseBoolean(flags.get("LEADER_ELECTION")));
        assertThat(run.matchedOptionValue("--log-format", (Object) null).toString())
                .isEqualToIgnoringCase(flags.get("LOG_FORMAT"));
        assertThat(run.matchedOptionValue("--sync-period", Duration.ZERO)).isPositive();
        assertThat(run.matchedOptionValue("--lease-namespace", "")).isEqualTo("provctl-system");
    }

    /** Planned settings stay out of the arguments; once `operator run` takes one, it must move to the flags. */
    @Test
    void plannedSettingsAreNotYetFlagsOfOperatorRun() {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve("base"));
        CommandLine run = Cli.commandLine(CliEnvironment.system()).getSubcommands().get("operator")
                .getSubcommands().get("run");
        for (String key : r.generated(SETTINGS).getData().keySet()) {
            assertThat(run.getCommandSpec().findOption(flag(key)))
                    .as("%s is now a flag of operator run: move %s to the %s generator and the args", flag(key), key, FLAGS)
                    .isNull();
        }
    }

    @Test
    void thePodIsHardenedAndSpreadAndItsProbesHitServedPaths() throws Exception {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve("base"));
        PodSpec pod = r.deployment().getSpec().getTemplate().getSpec();
        Container c = operator(r.deployment());
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .singleElement().satisfies(t -> assertThat(t.getPodAffinityTerm().getTopologyKey())
                        .isEqualTo("kubernetes.io/hostname"));
        assertThat(c.getVolumeMounts()).extracting(m -> m.getMountPath()).contains("/tmp", "/var/lib/provctl");
        assertThat(c.getArgs()).contains("--state-dir=/var/lib/provctl");
        assertThat(c.getEnv()).anySatisfy(e -> assertThat(e.getValue()).contains("-XX:MaxRAMPercentage=75"));

        int health = port(c, "health");
        int metrics = port(c, "metrics");
        assertThat(c.getArgs()).contains("--health-addr=:" + health, "--metrics-addr=:" + metrics);
        assertThat(c.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("health");
        assertThat(c.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("health");

        // The paths the probes and the ServiceMonitor use, asked of the operator's own HTTP servers.
        try (OperatorHttpServer probes = OperatorHttpServer.probes(new InetSocketAddress("127.0.0.1", 0), () -> true, () -> true);
             OperatorHttpServer scrape = OperatorHttpServer.metrics(new InetSocketAddress("127.0.0.1", 0), () -> "")) {
            assertThat(get(probes.port(), c.getLivenessProbe().getHttpGet().getPath())).isEqualTo(200);
            assertThat(get(probes.port(), c.getReadinessProbe().getHttpGet().getPath())).isEqualTo(200);
            GenericKubernetesResource monitor = (GenericKubernetesResource) r.kind("ServiceMonitor").get(0);
            String monitorPath = monitor.get("spec", "endpoints", 0, "path");
            assertThat(get(scrape.port(), monitorPath)).isEqualTo(200);
            assertThat(get(probes.port(), "/nothing-here")).isEqualTo(404);
        }
        Service service = r.one(Service.class);
        assertThat(service.getSpec().getPorts()).extracting(p -> p.getTargetPort().getStrVal()).contains("metrics", "health");
    }

    @Test
    void productionRunsOnControlPlaneNodesKeepsTwoUpAndHasAQuota() {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve("overlays/production"));
        PodSpec pod = r.deployment().getSpec().getTemplate().getSpec();
        assertThat(pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().get(0).getMatchExpressions().get(0).getKey())
                .isEqualTo("node-role.kubernetes.io/control-plane");
        assertThat(pod.getTolerations()).anySatisfy(t -> assertThat(t.getKey()).isEqualTo("node-role.kubernetes.io/control-plane"));
        assertThat(r.one(PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal()).isEqualTo(2);

        // The quota must admit every replica plus the one surge pod of a rolling update.
        ResourceQuota quota = r.one(ResourceQuota.class);
        int pods = r.deployment().getSpec().getReplicas() + 1;
        Container c = operator(r.deployment());
        Map<String, Quantity> hard = quota.getSpec().getHard();
        assertThat(Integer.parseInt(hard.get("pods").getAmount())).isGreaterThanOrEqualTo(pods);
        for (String resource : List.of("cpu", "memory")) {
            assertThat(times(c.getResources().getRequests().get(resource), pods))
                    .isLessThanOrEqualTo(hard.get("requests." + resource).getNumericalAmount());
            assertThat(times(c.getResources().getLimits().get(resource), pods))
                    .isLessThanOrEqualTo(hard.get("limits." + resource).getNumericalAmount());
        }
    }

    @Test
    void devRunsOneReplicaWithoutAnElection() {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve("overlays/dev"));
        ConfigMap flags = r.generated(FLAGS);
        assertThat(r.deployment().getSpec().getReplicas()).isEqualTo(1);
        assertThat(flags.getData()).containsEntry("LEADER_ELECTION", "false");
    }

    /** The webhook variant: configurations, Service port, certificate and mount all fit together. */
    @Test
    void webhookConfigurationsReachTheOperatorWithACertManagerCertificate() {
        Rendered r = Rendered.kustomize(Tools.DEPLOY.resolve("webhook"));
        GenericKubernetesResource certificate = (GenericKubernetesResource) r.kind("Certificate").get(0);
        String certificateRef = certificate.getMetadata().getNamespace() + "/" + certificate.getMetadata().getName();
        Service service = r.one(Service.class);
        String dns = service.getMetadata().getName() + "." + service.getMetadata().getNamespace() + ".svc";
        List<String> dnsNames = certificate.get("spec", "dnsNames");
        assertThat(dnsNames).contains(dns);
        var webhookPort = service.getSpec().getPorts().stream().filter(p -> "webhook".equals(p.getName())).findFirst().orElseThrow();
        Container c = operator(r.deployment());
        assertThat(c.getPorts()).anySatisfy(p -> assertThat(p.getName()).isEqualTo(webhookPort.getTargetPort().getStrVal()));
        int served = c.getPorts().stream().filter(p -> "webhook".equals(p.getName())).findFirst().orElseThrow()
                .getContainerPort();
        List<String> webhookArgs = List.of("--webhook-addr=:" + served, "--webhook-keystore=/etc/provctl/webhook/keystore.p12");
        assertThat(c.getArgs()).containsAll(webhookArgs);
        List<String> run = new ArrayList<>(List.of("operator", "run"));
        run.addAll(webhookArgs);
        Cli.commandLine(CliEnvironment.system()).parseArgs(run.toArray(String[]::new));
        assertThat(c.getEnv()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("PROVCTL_WEBHOOK_KEYSTORE_PASSWORD"));
        String secretName = certificate.get("spec", "secretName");
        assertThat(r.deployment().getSpec().getTemplate().getSpec().getVolumes())
                .anySatisfy(v -> assertThat(v.getSecret() != null ? v.getSecret().getSecretName() : "").isEqualTo(secretName));

        List<HasMetadata> configurations = new ArrayList<>(r.kind("ValidatingWebhookConfiguration"));
        configurations.addAll(r.kind("MutatingWebhookConfiguration"));
        assertThat(configurations).hasSize(2);
        for (HasMetadata configuration : configurations) {
            assertThat(configuration.getMetadata().getAnnotations()).containsEntry("cert-manager.io/inject-ca-from", certificateRef);
            var webhook = configuration instanceof io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration v
                    ? v.getWebhooks().get(0).getClientConfig().getService()
                    : ((io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration) configuration)
                    .getWebhooks().get(0).getClientConfig().getService();
            assertThat(webhook.getName() + "." + webhook.getNamespace() + ".svc").isEqualTo(dns);
            assertThat(webhook.getPort()).isEqualTo(webhookPort.getPort());
            assertThat(webhook.getPath()).isIn(io.provctl.operator.rightsizing.webhook.AdmissionWebhookServer.VALIDATE_PATH,
                    io.provctl.operator.rightsizing.webhook.AdmissionWebhookServer.MUTATE_PATH);
        }
    }

    static Container operator(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> "operator".equals(c.getName())).findFirst().orElseThrow();
    }

    /** LOG_FORMAT is the value of --log-format. */
    static String flag(String key) {
        return "--" + key.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int port(Container c, String name) {
        return c.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow().getContainerPort();
    }

    private static java.math.BigDecimal times(Quantity q, int n) {
        return q.getNumericalAmount().multiply(java.math.BigDecimal.valueOf(n));
    }

    private static int get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
