package io.provctl.cli.command;

import io.provctl.autoscaler.sim.HtmlReport;
import io.provctl.autoscaler.sim.PolicyReader;
import io.provctl.autoscaler.sim.SimJson;
import io.provctl.autoscaler.sim.SimPolicy;
import io.provctl.autoscaler.sim.SimResult;
import io.provctl.autoscaler.sim.SimText;
import io.provctl.autoscaler.sim.Simulator;
import io.provctl.autoscaler.sim.TimelineCsv;
import io.provctl.autoscaler.sim.Trace;
import io.provctl.autoscaler.sim.TraceReader;
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

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Command(name = "sim", description = {"Replays workload traces against autoscaling policies to measure cost and waiting."},
        subcommands = {SimCommand.RunCommand.class})
public final class SimCommand extends CommandGroup {

    public SimCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "run", description = {
            "Replays a workload trace against a policy, with the autoscaler's own scale-up and",
            "scale-down decisions, and prints cost, node-hours, peak nodes, allocation, pod waiting",
            "times, pods never scheduled, scale-ups and scale-downs, and the lower bound of cost",
            "(the cheapest fluid capacity for the trace, integrated over time).",
            "The trace is CSV: submit_time_s,duration_s,cpu_millis,memory_mib and optionally",
            "count,name,namespace,node_selector (k=v;k=v),priority. The policy is YAML: NodeGroup",
            "objects and an optional SimulationPolicy (expander, batching, delays)."})
    public static final class RunCommand extends BaseCommand {

        @Option(names = "--trace", paramLabel = "FILE", required = true, description = "The workload trace (CSV).")
        String trace;

        @Option(names = "--policy", paramLabel = "FILE", required = true, description = "The policy (YAML).")
        String policy;

        @Option(names = "--compare", paramLabel = "POLICY", arity = "1..*",
                description = "More policies to run on the same trace, shown side by side.")
        List<String> compare = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json.")
        String output = "text";

        @Option(names = "--timeline", paramLabel = "FILE", description = "Write a per-minute timeline as CSV.")
        String timeline;

        @Option(names = "--report", paramLabel = "FILE", description = "Write an HTML report with charts.")
        String report;

        @Option(names = "--pricing", paramLabel = "FILE", description = "A price file that overrides the embedded prices.")
        String pricing;

        public RunCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            if (!output.equals("text") && !output.equals("json")) {
                throw new UserError("-o " + output + ": expected text or json");
            }
            Trace t = readTrace(ws.resolve(trace));
            PolicyReader reader = new PolicyReader(PriceSources.standard(Optional.ofNullable(pricing).map(ws::resolve)));
            List<SimPolicy> policies = new ArrayList<>();
            List<String> files = new ArrayList<>(List.of(policy));
            files.addAll(compare);
            for (String f : files) {
                policies.add(unique(policies, reader.read(f, read(ws.resolve(f)), baseName(f))));
            }
            ProgressLine progress = new ProgressLine(err());
            List<SimResult> results = Simulator.runAll(t, policies, progress);
            progress.finish();
            if (timeline != null) {
                write(ws.resolve(timeline), TimelineCsv.render(results));
            }
            if (report != null) {
                write(ws.resolve(report), HtmlReport.render("provctl sim: " + trace, results));
            }
            out().print(output.equals("json") ? Json.write(SimJson.tree(results)) + "\n" : SimText.render(results));
            return ExitCodes.OK;
        }

        /** Two policies with one name (say, copies of a file) would be indistinguishable side by side. */
        private static SimPolicy unique(List<SimPolicy> seen, SimPolicy p) {
            SimPolicy named = p;
            for (int n = 2; taken(seen, named.name()); n++) {
                named = p.withName(p.name() + "#" + n);
            }
            return named;
        }

        private static boolean taken(List<SimPolicy> seen, String name) {
            return seen.stream().anyMatch(s -> s.name().equals(name));
        }

        private static String baseName(String file) {
            String name = Path.of(file).getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }

        private Trace readTrace(Path file) {
            try (Reader r = Files.newBufferedReader(file)) {
                return TraceReader.read(trace, r);
            } catch (NoSuchFileException e) {
                throw new UserError(trace + ": no such file");
            } catch (IOException e) {
                throw new UserError(trace + ": " + e.getMessage());
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (NoSuchFileException e) {
                throw new UserError(file.getFileName() + ": no such file");
            } catch (IOException e) {
                throw new UserError(file + ": " + e.getMessage());
            }
        }

        private static void write(Path file, String content) {
            try {
                Files.writeString(file, content);
            } catch (IOException e) {
                throw new UserError(file + ": cannot write: " + e.getMessage());
            }
        }
    }
}
