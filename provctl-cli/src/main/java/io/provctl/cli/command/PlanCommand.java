package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.CostedPlan;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.Workspace;
import io.provctl.plan.Plan;
import io.provctl.plan.PlanJson;
import io.provctl.plan.PlanTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "plan", description = {
        "Shows what apply would change, and changes nothing.",
        "Lists what apply would create (+), update in place (~), replace (-/+) and destroy (-) to make the",
        "recorded state match the configuration, and which attribute forces each replacement."})
public final class PlanCommand extends BaseCommand {

    @Mixin
    ConfigOptions config;

    @Option(names = {"-out", "--out"}, paramLabel = "FILE",
            description = "Save the plan to FILE; `provctl apply FILE` applies exactly it, unless the state changed since.")
    String outFile;

    @Option(names = "--detailed-exitcode",
            description = "Exit 0 when there are no changes, 2 when there are, 1 on error.")
    boolean detailedExitCode;

    @Option(names = "--target", paramLabel = "ID",
            description = "Plan only this resource (and what lies under it) and what it depends on. Repeatable.")
    List<String> targets = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "text (default) or json (schema in docs/plan-json.md).")
    OutputFormat format = OutputFormat.TEXT;

    public PlanCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        CostedPlan costed = ws.plan(config, targets);
        Plan plan = costed.plan();
        if (format == OutputFormat.JSON) {
            out().println(PlanJson.write(plan));
        } else {
            out().print(PlanTextRenderer.render(plan));
        }
        if (outFile != null) {
            Path file = ws.resolve(outFile);
            Files.writeString(file, PlanJson.write(plan), StandardCharsets.UTF_8);
            err().println("Saved the plan to: " + outFile + "\nTo perform exactly these actions, run: provctl apply "
                    + outFile);
        }
        costed.allowed();
        return detailedExitCode && plan.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
