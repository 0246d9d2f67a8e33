package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.ApplyOptions;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.CostedPlan;
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
import java.util.Optional;

@Command(name = "apply", description = {
        "Makes the infrastructure match the configuration.",
        "Shows the plan, asks for confirmation, then runs independent actions in parallel, retrying",
        "429/5xx/timeouts with backoff. Given a saved plan FILE (from plan -out), applies exactly that plan",
        "without asking, unless the state changed since."})
public final class ApplyCommand extends BaseCommand {

    @Mixin
    ConfigOptions config;

    @Mixin
    ApplyOptions apply;

    @Option(names = "--target", paramLabel = "ID", description = "Apply only this resource and what it depends on. Repeatable.")
    List<String> targets = new ArrayList<>();

    public ApplyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        Optional<Plan> saved = ws.savedPlan(config);
        try (StateLock lock = ws.state().lock(ws.actor(commandName()), apply.lockTimeout())) {
            if (saved.isPresent()) {
                return ws.applyRunner().snapshotThenRun(saved.get(), apply.parallelism(), commandName(), ApplyRunner.APPLY);
            }
            CostedPlan costed = ws.plan(config, targets);
            out().print(PlanTextRenderer.render(costed.plan()));
            return ws.applyRunner().approveAndRun(costed.allowed(), apply, commandName(), ApplyRunner.APPLY,
                    "Do you want to perform these actions?");
        }
    }
}
