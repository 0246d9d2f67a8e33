package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.ApplyOptions;
import io.provctl.cli.ApplyRunner;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.CostOutput;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.config.Configuration;
import io.provctl.cost.analyze.CostForecaster;
import io.provctl.cost.analyze.CostHistory;
import io.provctl.cost.diff.CostDiff;
import io.provctl.cost.diff.CostDiffer;
import io.provctl.cost.estimate.CostEstimate;
import io.provctl.cost.estimate.CostEstimator;
import io.provctl.cost.optimize.CostOptimizer;
import io.provctl.cost.optimize.Opportunity;
import io.provctl.cost.optimize.OpportunityApplier;
import io.provctl.cost.optimize.OptimizerOptions;
import io.provctl.cost.render.CostHtmlRenderer;
import io.provctl.cost.render.CostJsonRenderer;
import io.provctl.cost.render.CostTextRenderer;
import io.provctl.model.ResourceId;
import io.provctl.plan.Plan;
import io.provctl.plan.PlanTextRenderer;
import io.provctl.store.HistoryQuery;
import io.provctl.store.StateLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "cost", description = {
        "Shows what clusters cost before and after they exist, and where to save.",
        "Prices come from the embedded catalog (real public prices, each with its source), a --pricing file",
        "or a pricing { file } block. Money is exact; it is rounded to cents only when shown."},
        subcommands = {CostCommand.EstimateCommand.class, CostCommand.DiffCommand.class,
                CostCommand.HistoryCommand.class, CostCommand.ForecastCommand.class,
                CostCommand.OptimizeCommand.class})
public final class CostCommand extends CommandGroup {

    public CostCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "estimate", description = {
            "Estimates the hourly and monthly cost of a configuration.",
            "A breakdown per resource (control plane, each pool with on-demand and spot parts and its range at",
            "min and max size, network, storage), the assumptions, and warnings. An unknown price is an error."})
    public static final class EstimateCommand extends BaseCommand {

        @Mixin
        ConfigOptions config;

        @Mixin
        CostOutput output;

        public EstimateCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            Configuration c = ws.configuration(config);
            CostEstimate estimate = ws.estimator(true).estimate(c.clusters());
            if (output.html().isPresent()) {
                Path file = ws.resolve(output.html().get());
                Files.writeString(file, new CostHtmlRenderer().estimate(estimate, "provctl cost estimate"),
                        StandardCharsets.UTF_8);
                err().println("Wrote the cost report to " + output.html().get());
            } else {
                out().print(output.json() ? new CostJsonRenderer().estimate(estimate) + "\n"
                        : new CostTextRenderer().estimate(estimate));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "diff", description = {
            "Compares the cost of two configurations, or of one against the current state.",
            "Per resource: before, after and the monthly delta, then the total monthly delta."})
    public static final class DiffCommand extends BaseCommand {

        @Parameters(paramLabel = "CONFIG", arity = "1..2",
                description = "One configuration (compared with the state) or two (A then B).")
        List<String> configs = new ArrayList<>();

        @Option(names = "--pricing", paramLabel = "FILE", description = "A price file that overrides the embedded prices.")
        String pricing;

        @Mixin
        CostOutput output;

        public DiffCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            CostEstimator estimator;
            CostDiff diff;
            Configuration after = ws.configuration(options(configs.get(configs.size() - 1)));
            estimator = ws.estimator(false);
            if (configs.size() == 1) {
                diff = CostDiffer.againstState(estimator, ws.state().current(), after.clusters());
            } else {
                Configuration before = ws.configuration(options(configs.get(0)));
                diff = CostDiffer.diff(ws.estimator(false).estimate(before.clusters()), estimator.estimate(after.clusters()));
            }
            out().print(output.json() ? new CostJsonRenderer().diff(diff) + "\n" : new CostTextRenderer().diff(diff));
            return ExitCodes.OK;
        }

        private ConfigOptions options(String path) {
            return ConfigOptions.of(List.of(path), pricing);
        }
    }

    @Command(name = "history", description = {
            "Shows the monthly cost recorded after every apply, oldest first."})
    public static final class HistoryCommand extends BaseCommand {

        @Option(names = "--resource", paramLabel = "ID", description = "Only this resource's cost.")
        String resource;

        @Mixin
        CostOutput output;

        public HistoryCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            CostHistory history = CostHistory.fromEvents(ws.state().history(HistoryQuery.all()));
            List<CostHistory.Point> points = resource == null ? history.totals() : history.of(ResourceId.parse(resource));
            if (output.json()) {
                out().println(io.provctl.json.Json.write(points.stream().map(p -> java.util.Map.of(
                        "at", p.at().toString(), "monthly", p.monthly().toPlainString())).toList()));
            } else if (points.isEmpty()) {
                out().println("No cost recorded yet: every apply records the monthly cost of what exists.");
            } else {
                io.provctl.text.TextTable table = new io.provctl.text.TextTable("TIME", "MONTHLY");
                points.forEach(p -> table.row(p.at(), io.provctl.cost.render.Money.usd(p.monthly())));
                out().print(table.render());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "forecast", description = {
            "Projects the monthly cost forward from the recorded history.",
            "An ordinary least-squares line through the cost recorded after each apply, with a 95 % band."})
    public static final class ForecastCommand extends BaseCommand {

        @Option(names = "--days", paramLabel = "N", description = "How many days ahead (default ${DEFAULT-VALUE}).")
        int days = 30;

        @Mixin
        CostOutput output;

        public ForecastCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            if (days < 1) {
                throw new UserError("--days must be 1 or more");
            }
            var forecast = CostForecaster.forecast(CostHistory.fromEvents(ws.state().history(HistoryQuery.all())), days);
            out().print(output.json() ? new CostJsonRenderer().forecast(forecast) + "\n"
                    : new CostTextRenderer().forecast(forecast));
            return ExitCodes.OK;
        }
    }

    @Command(name = "optimize", description = {
            "Lists ways to save, with the monthly saving and the risk of each.",
            "Downsize, rightsize, upsize (a pool at its max), instance family change, consolidation of pools, and",
            "spot for interruptible pools. --apply ID turns the chosen ones into an ordinary plan."})
    public static final class OptimizeCommand extends BaseCommand {

        @Mixin
        ConfigOptions config;

        @Mixin
        CostOutput output;

        @Option(names = "--apply", paramLabel = "ID", description = "Apply this opportunity (its ID from the list). Repeatable.")
        List<String> apply = new ArrayList<>();

        @Mixin
        ApplyOptions applyOptions;

        public OptimizeCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            Configuration c = ws.configuration(config);
            CostEstimator estimator = ws.estimator(false);
            List<Opportunity> found = new CostOptimizer(ws.prices(), estimator, OptimizerOptions.defaults())
                    .optimize(c.clusters());
            if (apply.isEmpty()) {
                out().print(output.json() ? new CostJsonRenderer().opportunities(found) + "\n"
                        : new CostTextRenderer().opportunities(found));
                return ExitCodes.OK;
            }
            return applyChosen(ws, c, chosen(found));
        }

        private List<Opportunity> chosen(List<Opportunity> found) {
            List<Opportunity> out = new ArrayList<>();
            for (String id : apply) {
                out.add(found.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new UserError(
                        "no opportunity " + id + "; `provctl cost optimize` lists them: "
                                + String.join(", ", found.stream().map(Opportunity::id).toList()))));
            }
            return out;
        }

        private int applyChosen(Workspace ws, Configuration c, List<Opportunity> chosen) throws Exception {
            Configuration changed = OpportunityApplier.apply(c, chosen);
            try (StateLock lock = ws.state().lock(ws.actor(commandName()), applyOptions.lockTimeout())) {
                Plan plan = ws.plan(changed).allowed();
                out().print(PlanTextRenderer.render(plan));
                err().println("Note: the configuration files are not changed. Make the same edits there, or the next"
                        + " `provctl plan` will undo them: "
                        + String.join("; ", chosen.stream().map(Opportunity::reason).toList()));
                return ws.applyRunner().approveAndRun(plan, applyOptions, commandName(), ApplyRunner.APPLY,
                        "Do you want to perform these actions?");
            }
        }
    }
}
