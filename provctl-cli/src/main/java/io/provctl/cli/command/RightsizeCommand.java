package io.provctl.cli.command;

import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.UserError;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.cost.render.Money;
import io.provctl.json.Json;
import io.provctl.metrics.MetricsException;
import io.provctl.metrics.WorkloadRef;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.Analysis;
import io.provctl.rightsizing.ContainerChange;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.MetricsWindow;
import io.provctl.rightsizing.NotApplicable;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.OptimizationType;
import io.provctl.rightsizing.PdbCoverage;
import io.provctl.rightsizing.PodTemplateFacts;
import io.provctl.rightsizing.Quantities;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.Recommender;
import io.provctl.rightsizing.ResourcePrices;
import io.provctl.rightsizing.WorkloadSpec;
import io.provctl.rightsizing.placement.PodPlacement;
import io.provctl.rightsizing.prometheus.PrometheusMetricsSource;
import io.provctl.rightsizing.render.RecommendationJson;
import io.provctl.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "rightsize", description = {
        "Recommends container requests and replicas from measured usage.",
        "The method of the Vertical Pod Autoscaler's recommender: decaying histograms of CPU and of memory",
        "peaks, percentiles plus a safety margin, an OOM bump, and confidence from the history's span."},
        subcommands = {RightsizeCommand.RecommendCommand.class})
public final class RightsizeCommand extends CommandGroup {

    public RightsizeCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "recommend", description = {
            "Reads a workload's usage from Prometheus and prints what it should request, what that saves,",
            "the confidence and the risk. Nothing is changed. The current requests are given with --container",
            "(one per container), since this command does not read the cluster. SPOT_INSTANCES takes the",
            "PodDisruptionBudget and claim volumes from --pdb-min-available and --claim-volume."})
    public static final class RecommendCommand implements Callable<Integer> {

        private final CliEnvironment env;

        @Option(names = "--prometheus", required = true, paramLabel = "URL", description = "Prometheus server URL.")
        String prometheus;

        @Option(names = "--workload", required = true, paramLabel = "NAMESPACE/KIND/NAME",
                description = "The workload, e.g. shop/Deployment/web.")
        String workload;

        @Option(names = "--container", required = true, paramLabel = "NAME=CPU/MEMORY",
                description = "A container and its current requests, e.g. app=500m/1Gi. Repeat for each container.")
        List<String> containers = new ArrayList<>();

        @Option(names = "--replicas", paramLabel = "N", description = "Current replicas (default ${DEFAULT-VALUE}).")
        int replicas = 1;

        @Option(names = "--hpa", description = "A HorizontalPodAutoscaler owns the replica count.")
        boolean hpa;

        @Option(names = "--pdb-min-available", paramLabel = "N",
                description = "A PodDisruptionBudget covers the pods and keeps N of them available (SPOT_INSTANCES "
                        + "needs one that allows a disruption).")
        Integer pdbMinAvailable;

        @Option(names = "--claim-volume", paramLabel = "NAME",
                description = "The pod template mounts this PersistentVolumeClaim volume (SPOT_INSTANCES refuses "
                        + "such pods). Repeat for each.")
        List<String> claimVolumes = new ArrayList<>();

        @Option(names = "--type", paramLabel = "TYPE",
                description = "CPU, MEMORY, REPLICAS, ALL (default), SPOT_INSTANCES or SCHEDULED_SCALING.")
        String type = "ALL";

        @Option(names = "--window", paramLabel = "WINDOW", description = "1h, 24h, 7d (default), 14d or 30d.")
        String window = "7d";

        @Option(names = "--max-change-percent", paramLabel = "P",
                description = "Largest change of any request or of the replicas (default ${DEFAULT-VALUE}).")
        int maxChangePercent = 50;

        @Option(names = "--node", paramLabel = "PROVIDER/REGION/TYPE",
                description = "The catalog node type whose price the requests are charged at (default ${DEFAULT-VALUE}).")
        String node = "aws/us-east-1/m5.large";

        @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Longest wait for each Prometheus query (default 30s).")
        Duration timeout = Duration.ofSeconds(30);

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default) or json.")
        OutputFormat output = OutputFormat.TABLE;

        public RecommendCommand(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            WorkloadSpec spec = WorkloadSpec.of(WorkloadRef.parse(workload), replicas,
                    containers.stream().map(RecommendCommand::container).toArray(ContainerSpec[]::new)).withHpa(hpa)
                    .withTemplate(templateFacts());
            if (pdbMinAvailable != null) {
                spec = spec.withPdbMinAvailable(pdbMinAvailable);
            }
            OptimizationPolicy policy = OptimizationPolicy.defaults(OptimizationType.parse(type))
                    .withMetricsWindow(MetricsWindow.parse(window)).withMaxChangePercent(maxChangePercent);
            Instant now = env.clock().instant();
            Analysis analysis = Recommender.withVpaDefaults().analyze(spec, usage(spec, policy, now), policy,
                    prices(), now);
            if (output == OutputFormat.JSON) {
                env.out().println(Json.write(RecommendationJson.toMap(analysis)));
            } else {
                print(env.out(), analysis);
            }
            return ExitCodes.OK;
        }

        /** What the flags say of the pod template; tolerations and affinity are taken to be none. */
        private PodTemplateFacts templateFacts() {
            List<PdbCoverage> pdbs = pdbMinAvailable == null ? List.of()
                    : List.of(new PdbCoverage("--pdb-min-available", pdbMinAvailable));
            return new PodTemplateFacts(claimVolumes, pdbs, PodPlacement.none());
        }

        private WorkloadUsage usage(WorkloadSpec spec, OptimizationPolicy policy, Instant now) {
            try {
                return PrometheusMetricsSource.create(URI.create(prometheus), timeout)
                        .usage(policy.metricsWindow().queryFor(spec.ref(), now));
            } catch (MetricsException e) {
                throw new UserError(e.getMessage());
            }
        }

        private ResourcePrices prices() {
            String[] p = node.split("/", -1);
            if (p.length != 3) {
                throw new UserError("--node " + node + ": expected provider/region/instance-type");
            }
            return ResourcePrices.fromNode(PriceSources.embedded(), p[0], p[1], p[2], ResourcePrices.DEFAULT_CPU_SHARE)
                    .orElseThrow(() -> new UserError("--node " + node + ": no hourly price in the catalog"));
        }

        private static ContainerSpec container(String text) {
            int eq = text.indexOf('=');
            int slash = text.indexOf('/', eq + 1);
            if (eq < 1 || slash < 0) {
                throw new UserError("--container " + text + ": expected NAME=CPU/MEMORY, e.g. app=500m/1Gi");
            }
            return ContainerSpec.of(text.substring(0, eq), Quantities.parseCpu(text.substring(eq + 1, slash)),
                    Quantities.parseMemory(text.substring(slash + 1)));
        }

        private static void print(PrintWriter out, Analysis analysis) {
            if (analysis instanceof NotApplicable n) {
                out.println("No " + n.type() + " recommendation for " + n.workload() + ": " + n.reason());
                if (n.type() == OptimizationType.SPOT_INSTANCES) {
                    out.println("This command does not read the cluster: give --pdb-min-available N when a "
                            + "PodDisruptionBudget covers the pods, and --claim-volume for each PersistentVolumeClaim.");
                }
                return;
            }
            Recommendation r = (Recommendation) analysis;
            out.println(r.workload() + ": " + r.type() + " from the last " + r.window().label() + " of usage");
            if (r.containers().isEmpty()) {
                r.placement().ifPresent(p -> {
                    out.println("Pod template changes (requests and replicas stay as they are):");
                    p.describe().forEach(line -> out.println("  " + line));
                });
            } else {
                printContainers(out, r);
            }
            printRest(out, r);
        }

        private static void printContainers(PrintWriter out, Recommendation r) {
            TextTable t = new TextTable("CONTAINER", "CPU", "NEW CPU", "MEMORY", "NEW MEMORY", "CAPPED", "OOM KILLS");
            for (ContainerChange c : r.containers()) {
                t.row(c.container(), Quantities.cpu(c.before().cpuMillicores()), Quantities.cpu(c.after().cpuMillicores()),
                        Quantities.memory(c.before().memoryBytes()), Quantities.memory(c.after().memoryBytes()),
                        c.capped() ? "yes" : "no", c.estimate().oomKills());
            }
            out.print(t.render());
        }

        private static void printRest(PrintWriter out, Recommendation r) {
            r.schedule().ifPresent(s -> {
                out.println(String.format(Locale.ROOT, "Daily pattern: the busiest hour uses %.1f times the CPU of "
                        + "the quietest; replicas by hour (shown, not applied):", s.peakToTroughFactor()));
                s.ranges().forEach(range -> out.println("  " + range));
            });
            r.replicas().ifPresent(rc -> out.println("Replicas: " + rc.before() + " -> " + rc.after()
                    + (rc.after() != rc.recommended() ? " (usage alone asks for " + rc.recommended() + ")" : "")));
            out.println("Monthly cost: " + Money.usd(r.currentMonthlyCost()) + " -> " + Money.usd(r.optimizedMonthlyCost())
                    + ", saving " + Money.usd(r.monthlySavings()));
            out.println(String.format(Locale.ROOT, "Confidence: %.2f   Risk: %s (%s)", r.confidence(), r.riskLevel(),
                    String.join("; ", r.risk().reasons())));
            out.println("Priced at: " + r.pricingBasis());
            r.notes().forEach(n -> out.println("Note: " + n));
        }
    }
}
