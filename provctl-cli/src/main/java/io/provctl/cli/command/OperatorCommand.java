package io.provctl.cli.command;

import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.cli.UserError;
import io.provctl.operator.autoscaling.AutoscalerOptions;
import io.provctl.operator.autoscaling.ConfigMapRef;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cloud.Providers;
import io.provctl.cost.pricing.CatalogInstanceTypes;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.operator.OperatorOptions;
import io.provctl.operator.ProvctlOperator;
import io.provctl.operator.crd.Crds;
import io.provctl.operator.logging.OperatorLogging;
import io.provctl.operator.rightsizing.PodMetricsSampler;
import io.provctl.operator.rightsizing.RightsizingSettings;
import io.provctl.operator.rightsizing.webhook.AdmissionWebhookServer;
import io.provctl.operator.rightsizing.webhook.CostOptimizationAdmission;
import io.provctl.operator.rightsizing.webhook.WebhookTls;
import io.provctl.metrics.MetricsSource;
import io.provctl.rightsizing.prometheus.PrometheusMetricsSource;
import io.provctl.rightsizing.sampling.SampledUsageHistory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provctl.operator.provider.SecretCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "operator", description = "Runs the provctl Kubernetes operator, or prints its CRDs.",
        subcommands = {OperatorCommand.RunCommand.class, OperatorCommand.CrdsCommand.class})
public final class OperatorCommand extends CommandGroup {

    public OperatorCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "crds", description = "Prints the CustomResourceDefinitions (kubectl apply -f -).")
    public static final class CrdsCommand implements Callable<Integer> {
        private final CliEnvironment env;

        public CrdsCommand(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            env.out().print(Crds.all());
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", description = {"Runs the NodeGroup, ManagedNode and CostOptimization controllers until SIGTERM or SIGINT.",
            "Serves /metrics and /healthz, /readyz; with leader election only the replica holding the Lease acts."})
    public static final class RunCommand implements Callable<Integer> {
        private final CliEnvironment env;

        @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig; in-cluster config when absent.")
        Path kubeconfig;

        @Option(names = "--metrics-addr", defaultValue = ":8080", description = "Address of /metrics (default ${DEFAULT-VALUE}).")
        String metricsAddr;

        @Option(names = "--health-addr", defaultValue = ":8081", description = "Address of /healthz and /readyz (default ${DEFAULT-VALUE}).")
        String healthAddr;

        @Option(names = "--leader-election", defaultValue = "true", negatable = true, fallbackValue = "true",
                description = "Elect a leader through a Lease (default ${DEFAULT-VALUE}).")
        boolean leaderElection;

        @Option(names = "--lease-namespace", defaultValue = "provctl-system", description = "Namespace of the Lease.")
        String leaseNamespace;

        @Option(names = "--sync-period", defaultValue = "10m", converter = DurationConverter.class,
                description = "Longest time between two reconciles of a resource (default ${DEFAULT-VALUE}).")
        Duration syncPeriod;

        @Option(names = "--interruption-poll", paramLabel = "DURATION", defaultValue = "10s",
                converter = DurationConverter.class,
                description = {"How often the leader asks the provider for spot interruption notices and drains",
                        "the nodes they name (default ${DEFAULT-VALUE})."})
        Duration interruptionPoll;

        @Option(names = "--provider", defaultValue = "local", description = "Provider of the VMs (default ${DEFAULT-VALUE}).")
        String provider;

        @Option(names = "--credentials-secret", paramLabel = "NAME",
                description = "Secret whose keys are the provider's credential variables (e.g. VPSIE_CLIENT_ID); "
                        + "they take precedence over the environment and are never logged.")
        String credentialsSecret;

        @Option(names = "--credentials-namespace", paramLabel = "NS", defaultValue = "provctl-system",
                description = "Namespace of the credentials Secret (default ${DEFAULT-VALUE}).")
        String credentialsNamespace;

        @Option(names = "--state-dir", defaultValue = ".provctl", description = "Where the local cloud keeps its store.")
        Path stateDir;

        @Option(names = "--log-format", defaultValue = "console", description = "json or console (default ${DEFAULT-VALUE}).")
        OperatorLogging.Format logFormat;

        @Option(names = "--log-level", defaultValue = "info", description = "error, warn, info or debug (default ${DEFAULT-VALUE}).")
        String logLevel;

        @Option(names = "--prometheus-url", paramLabel = "URL", defaultValue = "${env:PROVCTL_PROMETHEUS_URL}",
                description = {"Prometheus the CostOptimization controller reads usage from (or PROVCTL_PROMETHEUS_URL);",
                        "without it the operator samples metrics.k8s.io (metrics-server) and keeps the history itself."})
        String prometheusUrl;

        @Option(names = "--metrics-sample-interval", paramLabel = "DURATION", defaultValue = "60s",
                converter = DurationConverter.class,
                description = {"Without --prometheus-url: how often PodMetrics of CostOptimization targets are read",
                        "from metrics.k8s.io into the in-memory usage history (default ${DEFAULT-VALUE})."})
        Duration metricsSampleInterval;

        @Option(names = "--webhook-addr", paramLabel = "ADDR",
                description = "Serve the CostOptimization admission webhooks (/validate, /mutate) over TLS here.")
        String webhookAddr;

        @Option(names = "--webhook-keystore", paramLabel = "FILE", description = {"PKCS#12 keystore with the webhook's "
                + "certificate and key (e.g. cert-manager's keystore.p12);", "its password comes from PROVCTL_WEBHOOK_KEYSTORE_PASSWORD."})
        Path webhookKeystore;

        @Option(names = "--autoscaler", defaultValue = "true", negatable = true, fallbackValue = "true",
                description = {"Run the node autoscaler: size NodeGroups for unschedulable pods and remove unneeded",
                        "nodes (default ${DEFAULT-VALUE}); with leader election only the leader autoscales."})
        boolean autoscaler;

        @Option(names = "--expander", paramLabel = "NAME", defaultValue = "least-cost",
                description = {"How the autoscaler chooses among scale-up options: least-cost (default), least-waste,",
                        "most-pods, priority (from --priority-configmap, re-read every pass), random."})
        String expander;

        @Option(names = "--priority-configmap", paramLabel = "[NS/]NAME",
                defaultValue = ConfigMapRef.DEFAULT_PRIORITY_EXPANDER,
                description = {"For --expander priority: the ConfigMap whose key priorities maps an integer priority",
                        "to regexes of node group names or group/offering (default ${DEFAULT-VALUE}, in the",
                        "--lease-namespace)."})
        String priorityConfigMap;

        @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "10000",
                description = "Cluster-wide ceiling on nodes in all groups that scale-up respects (default ${DEFAULT-VALUE}).")
        int maxNodes;

        @Option(names = "--max-cost", paramLabel = "USD",
                description = "Cluster-wide ceiling on what all nodes cost per hour, existing plus new; none by default.")
        BigDecimal maxCost;

        public RunCommand(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() throws Exception {
            if (webhookAddr != null && webhookKeystore == null) {
                env.err().println("provctl: --webhook-addr needs --webhook-keystore: the API server calls webhooks over TLS only");
                return ExitCodes.ERROR;
            }
            if (metricsSampleInterval.isNegative() || metricsSampleInterval.isZero()) {
                env.err().println("provctl: --metrics-sample-interval must be positive");
                return ExitCodes.ERROR;
            }
            if (interruptionPoll.isNegative() || interruptionPoll.isZero()) {
                env.err().println("provctl: --interruption-poll must be positive");
                return ExitCodes.ERROR;
            }
            AutoscalerOptions autoscaling = autoscaling();
            OperatorLogging.configure(logFormat, logLevel);
            Path state = env.workingDir().resolve(stateDir);
            OperatorOptions options = new OperatorOptions(Optional.ofNullable(kubeconfig),
                    OperatorOptions.address(metricsAddr), OperatorOptions.address(healthAddr), leaderElection,
                    leaseNamespace, identity(), syncPeriod, provider, state, Duration.ofSeconds(10))
                    .withInterruptionPoll(interruptionPoll);
            try (KubernetesClient client = client(options);
                 AutoCloseable webhook = webhook();
                 UsageSource usage = usage(client)) {
                Providers providers = new Providers(state, env.clock(), env.sleeper(),
                        new CatalogInstanceTypes(PriceSources.embedded()), providerEnv(client));
                try (ProvctlOperator operator = ProvctlOperator.start(options, client,
                        providers.nodeProvider(provider, false), env.clock(),
                        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                        RightsizingSettings.defaults(usage.source()), autoscaling)) {
                    awaitSignal(operator);
                }
            }
            return ExitCodes.OK;
        }

        /** Checked before connecting: a bad flag is a one-line error, not a failed start. */
        private AutoscalerOptions autoscaling() {
            if (maxNodes < 0) {
                throw new UserError("--max-nodes must be 0 or more, not " + maxNodes);
            }
            if (maxCost != null && maxCost.signum() < 0) {
                throw new UserError("--max-cost must be 0 or more, not " + maxCost.toPlainString());
            }
            AutoscalerOptions base = AutoscalerOptions.defaults().withEnabled(autoscaler)
                    .withCeilings(maxNodes, Optional.ofNullable(maxCost));
            if (!expander.equals("priority")) {
                return base.withExpander(Expander.named(expander));
            }
            try {
                return base.withPriorityConfigMap(ConfigMapRef.parse(priorityConfigMap, leaseNamespace));
            } catch (IllegalArgumentException e) {
                throw new UserError("--priority-configmap: " + e.getMessage());
            }
        }

        /** Where CostOptimization usage comes from, and what to stop with the operator. */
        private record UsageSource(MetricsSource source, AutoCloseable stop) implements AutoCloseable {
            @Override
            public void close() throws Exception {
                stop.close();
            }
        }

        /** Prometheus when given; otherwise a history this process fills from metrics.k8s.io. */
        private UsageSource usage(KubernetesClient client) {
            if (prometheusUrl != null && !prometheusUrl.isBlank()) {
                return new UsageSource(PrometheusMetricsSource.create(URI.create(prometheusUrl), Duration.ofSeconds(30)),
                        () -> { });
            }
            SampledUsageHistory history = SampledUsageHistory.standard();
            return new UsageSource(history,
                    new PodMetricsSampler(client, history, env.clock()).start(metricsSampleInterval));
        }

        private AutoCloseable webhook() throws IOException {
            if (webhookAddr == null) {
                return () -> { };
            }
            char[] password = env.env().getOrDefault("PROVCTL_WEBHOOK_KEYSTORE_PASSWORD", "").toCharArray();
            ObjectMapper json = new ObjectMapper();
            return AdmissionWebhookServer.start(OperatorOptions.address(webhookAddr),
                    Optional.of(WebhookTls.fromPkcs12(env.workingDir().resolve(webhookKeystore), password)),
                    new CostOptimizationAdmission(json), json);
        }

        /** The environment, with the credentials Secret's keys over it when one is named. */
        private Map<String, String> providerEnv(KubernetesClient client) {
            if (credentialsSecret == null) {
                return env.env();
            }
            return SecretCredentials.read(client, credentialsNamespace, credentialsSecret).over(env.env());
        }

        /** Blocks until SIGTERM or SIGINT; the hook stops the operator, which releases the Lease. */
        private static void awaitSignal(ProvctlOperator operator) throws InterruptedException {
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                operator.close();
                stopped.countDown();
            }, "provctl-operator-shutdown"));
            stopped.await();
        }

        private static KubernetesClient client(OperatorOptions options) throws IOException {
            if (options.kubeconfig().isEmpty()) {
                return new KubernetesClientBuilder().build();
            }
            Config config = Config.fromKubeconfig(Files.readString(options.kubeconfig().get()));
            return new KubernetesClientBuilder().withConfig(config).build();
        }

        private static String identity() {
            String pod = System.getenv("POD_NAME");
            if (pod != null) {
                return pod;
            }
            try {
                return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
            } catch (IOException e) {
                return "provctl-operator-" + ProcessHandle.current().pid();
            }
        }
    }
}
