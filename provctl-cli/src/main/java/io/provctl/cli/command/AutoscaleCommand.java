package io.provctl.cli.command;

import io.provctl.autoscaler.dump.ClusterDumpReader;
import io.provctl.autoscaler.dump.DumpSource;
import io.provctl.autoscaler.explain.ExplainOptions;
import io.provctl.autoscaler.explain.Explanation;
import io.provctl.autoscaler.explain.ExplanationJson;
import io.provctl.autoscaler.explain.ExplanationText;
import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.scaledown.ScaleDownSettings;
import io.provctl.autoscaler.scaledown.UnneededHistory;
import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.ScaleUpSettings;
import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.cost.pricing.PriceSources;
import io.provctl.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Command(name = "autoscale", description = {
        "Shows the node autoscaler's decisions on a cluster, without changing it."},
        subcommands = {AutoscaleCommand.ExplainCommand.class})
public final class AutoscaleCommand extends CommandGroup {

    public AutoscaleCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "explain", description = {
            "Explains what the autoscaler would do now on a cluster dump, and why.",
            "DUMP is multi-document YAML of Pods, Nodes, PodDisruptionBudgets and",
            "NodeGroups, as `kubectl get pods,nodes,pdb,nodegroups -A -o yaml` writes it",
            "(- reads standard input). Prints the nodes to add (node group, offering,",
            "count, pods), the pods left pending and why, the nodes to remove (node,",
            "utilization) and the unneeded nodes that stay, with a reason code: pdb,",
            "local-storage, not-replicated, kube-system, safe-to-evict-false,",
            "scale-down-disabled, no-place, min-nodes. A dump has no history: a node",
            "under the threshold counts as unneeded for long enough."})
    public static final class ExplainCommand extends BaseCommand {

        @Parameters(paramLabel = "DUMP", arity = "1..*", description = "Cluster dump files (YAML).")
        List<String> dumps = new ArrayList<>();

        @Option(names = "--expander", paramLabel = "NAME",
                description = "How to choose among scale-up options: least-cost (default), least-waste, most-pods,"
                        + " priority (with --priorities or --priority), random.")
        String expander = "least-cost";

        @Option(names = "--priorities", paramLabel = "FILE",
                description = "For --expander priority: YAML mapping an integer priority to a list of regexes,"
                        + " as the operator's priority ConfigMap holds it under the key priorities.")
        String prioritiesFile;

        @Option(names = "--priority", paramLabel = "N=REGEX",
                description = "For --expander priority: node groups whose name matches REGEX get priority N"
                        + " (higher wins). Repeatable.")
        List<String> priorities = new ArrayList<>();

        @Option(names = "--now", paramLabel = "TIME",
                description = "Judge the dump as of this RFC 3339 time (default: the current time).")
        String now;

        @Option(names = "--unneeded-since", paramLabel = "NODE=TIME",
                description = "Since when NODE has been under the scale-down threshold (RFC 3339). Repeatable. With"
                        + " any given, a node not named became unneeded now; with none, every node has been long enough.")
        List<String> unneededSince = new ArrayList<>();

        @Option(names = "--max-nodes", paramLabel = "N", description = "Cluster-wide node ceiling (default ${DEFAULT-VALUE}).")
        int maxNodes = ScaleUpSettings.DEFAULTS.maxClusterNodes();

        @Option(names = "--max-cost", paramLabel = "USD", description = "Cluster-wide ceiling on node cost per hour.")
        BigDecimal maxCost;

        @Option(names = "--pricing", paramLabel = "FILE", description = "A price file that overrides the embedded prices.")
        String pricing;

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json.")
        String output = "text";

        public ExplainCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            if (!output.equals("text") && !output.equals("json")) {
                throw new UserError("-o " + output + ": expected text or json");
            }
            ClusterDumpReader reader = new ClusterDumpReader(
                    PriceSources.standard(Optional.ofNullable(pricing).map(ws::resolve)));
            ClusterSnapshot snapshot = reader.read(dumps.stream().map(d -> source(ws, d)).toList());
            Explanation explanation = Explanation.of(snapshot, options(ws));
            out().print(output.equals("json") ? Json.write(ExplanationJson.tree(explanation)) + "\n"
                    : ExplanationText.render(explanation));
            return ExitCodes.OK;
        }

        private DumpSource source(Workspace ws, String name) {
            if (name.equals("-")) {
                return new DumpSource("<stdin>", env.in().lines().collect(Collectors.joining("\n", "", "\n")));
            }
            return DumpSource.of(ws.resolve(name));
        }

        private ExplainOptions options(Workspace ws) {
            ScaleUpSettings up = ScaleUpSettings.DEFAULTS.withExpander(expander(ws)).withMaxClusterNodes(maxNodes);
            if (maxCost != null) {
                up = up.withMaxCostPerHour(maxCost);
            }
            return new ExplainOptions(up, ScaleDownSettings.DEFAULTS, history(), instant(ws));
        }

        private UnneededHistory history() {
            if (unneededSince.isEmpty()) {
                return UnneededHistory.withoutHistory();
            }
            Map<String, Instant> since = new LinkedHashMap<>();
            for (String entry : unneededSince) {
                int eq = entry.indexOf('=');
                if (eq < 1) {
                    throw new UserError("--unneeded-since " + entry + ": expected NODE=TIME");
                }
                since.put(entry.substring(0, eq), time("--unneeded-since " + entry, entry.substring(eq + 1)));
            }
            return UnneededHistory.of(since);
        }

        private Instant instant(Workspace ws) {
            return now == null ? ws.clock().instant() : time("--now " + now, now);
        }

        private static Instant time(String option, String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new UserError(option + ": expected an RFC 3339 time such as 2026-11-23T10:00:00Z");
            }
        }

        private Expander expander(Workspace workspace) {
            return ExpanderOption.parse(expander, priorities, Optional.ofNullable(prioritiesFile), workspace::resolve);
        }
    }
}
