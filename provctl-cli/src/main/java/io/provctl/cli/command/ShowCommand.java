package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.Workspace;
import io.provctl.cli.render.StateRendering;
import io.provctl.plan.Plan;
import io.provctl.plan.PlanJson;
import io.provctl.plan.PlanTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;

@Command(name = "show", description = {
        "Shows the recorded state or a saved plan.",
        "Without FILE, every resource of the state with its attributes; with FILE, a plan saved by plan -out."})
public final class ShowCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A plan saved with plan -out.")
    String planFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.TEXT;

    public ShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        Optional<Plan> plan = planFile == null ? Optional.empty() : Optional.of(ws.readPlan(planFile));
        if (plan.isPresent()) {
            out().print(format == OutputFormat.JSON ? PlanJson.write(plan.get()) + "\n"
                    : PlanTextRenderer.render(plan.get()));
            return ExitCodes.OK;
        }
        var state = ws.state().current();
        if (format == OutputFormat.JSON) {
            out().println(StateRendering.json(state));
        } else if (state.resources().isEmpty()) {
            out().println("The state is empty. Run `provctl apply` to create resources.");
        } else {
            state.resources().values().forEach(r -> out().print(StateRendering.text(r) + "\n"));
        }
        return ExitCodes.OK;
    }
}
