package io.provctl.cli.command;

import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.UserError;
import io.provctl.json.Json;
import io.provctl.metrics.WorkloadUsage;
import io.provctl.rightsizing.ContainerEstimate;
import io.provctl.rightsizing.Quantities;
import io.provctl.rightsizing.Recommender;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.csv.UsageCsv;
import io.provctl.rightsizing.csv.UsageCsvException;
import io.provctl.rightsizing.csv.UsageRow;
import io.provctl.rightsizing.render.RecommendationJson;
import io.provctl.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "recommend", description = {
        "Recommends container requests offline from a usage CSV.",
        "Needs no cluster and no Prometheus; the CSV's columns are",
        "  timestamp,namespace,pod,container,cpu_cores,memory_bytes[,oom]",
        "timestamp is ISO-8601 with an offset or epoch seconds; oom 1/true marks an OOM kill at that time.",
        "Containers are grouped by namespace and container name across pods. For each: the target request,",
        "lower and upper bounds (the Vertical Pod Autoscaler's method) and the confidence of the history."})
public final class OfflineRecommendCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Option(names = "--usage", required = true, paramLabel = "FILE.csv", description = "The usage CSV.")
    Path usage;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "table (default) or json: namespace -> container -> target, lowerBound, upperBound "
                    + "(cpu in millicores, memory in bytes) and confidence.")
    OutputFormat output = OutputFormat.TABLE;

    public OfflineRecommendCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        SortedMap<String, List<ContainerEstimate>> estimates = estimates(read());
        if (output == OutputFormat.JSON) {
            env.out().println(Json.write(json(estimates)));
        } else {
            env.out().print(table(estimates));
        }
        return ExitCodes.OK;
    }

    private List<UsageRow> read() {
        try {
            return UsageCsv.read(env.workingDir().resolve(usage));
        } catch (UsageCsvException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static SortedMap<String, List<ContainerEstimate>> estimates(List<UsageRow> rows) {
        Recommender recommender = Recommender.withVpaDefaults();
        SortedMap<String, List<ContainerEstimate>> out = new TreeMap<>();
        for (Map.Entry<String, WorkloadUsage> ns : UsageCsv.byNamespace(rows).entrySet()) {
            out.put(ns.getKey(), recommender.estimate(ns.getValue()));
        }
        return out;
    }

    private static Map<String, Object> json(SortedMap<String, List<ContainerEstimate>> estimates) {
        Map<String, Object> out = new LinkedHashMap<>();
        estimates.forEach((ns, list) -> {
            Map<String, Object> containers = new LinkedHashMap<>();
            list.forEach(e -> containers.put(e.container(), RecommendationJson.estimate(e)));
            out.put(ns, containers);
        });
        return out;
    }

    private static String table(SortedMap<String, List<ContainerEstimate>> estimates) {
        TextTable t = new TextTable("NAMESPACE", "CONTAINER", "CPU", "CPU RANGE", "MEMORY", "MEMORY RANGE",
                "CONFIDENCE", "OOM KILLS");
        estimates.forEach((ns, list) -> list.forEach(e -> t.row(ns, e.container(),
                Quantities.cpu(e.target().cpuMillicores()), cpuRange(e.lowerBound(), e.upperBound()),
                Quantities.memory(e.target().memoryBytes()), memoryRange(e.lowerBound(), e.upperBound()),
                String.format(Locale.ROOT, "%.2f", e.confidence().score()), e.oomKills())));
        return t.render();
    }

    private static String cpuRange(Resources lower, Resources upper) {
        return Quantities.cpu(lower.cpuMillicores()) + "-" + Quantities.cpu(upper.cpuMillicores());
    }

    private static String memoryRange(Resources lower, Resources upper) {
        return Quantities.memory(lower.memoryBytes()) + "-" + Quantities.memory(upper.memoryBytes());
    }
}
