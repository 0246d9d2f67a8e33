package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.ApplyOptions;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.ApplyRunner;
import io.provctl.cli.Workspace;
import io.provctl.plan.Plan;
import io.provctl.plan.PlanTextRenderer;
import io.provctl.store.StateLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

@Command(name = "destroy", description = {
        "Destroys what the state records, dependents first.",
        "Destroys every resource in the state, or only the --target resources and what is built on them.",
        "Shows the plan and asks for confirmation unless --auto-approve."})
public final class DestroyCommand extends BaseCommand {

    @Mixin
    ConfigOptions config;

    @Mixin
    ApplyOptions apply;

    @Option(names = "--target", paramLabel = "ID", description = "Destroy only this resource and its dependents. Repeatable.")
    List<String> targets = new ArrayList<>();

    public DestroyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        try (StateLock lock = ws.state().lock(ws.actor(commandName()), apply.lockTimeout())) {
            Plan plan = ws.destroyPlan(config, targets);
            out().print(PlanTextRenderer.render(plan));
            return ws.applyRunner().approveAndRun(plan, apply, commandName(), ApplyRunner.DESTROY,
                    "Do you really want to destroy these resources? There is no undo.");
        }
    }
}
