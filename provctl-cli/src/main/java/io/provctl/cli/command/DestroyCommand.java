package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.Snapshots;
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

    @Option(names = {"--auto-approve", "-auto-approve"}, description = "Destroy without asking for confirmation.")
    boolean autoApprove;

    @Option(names = "--parallelism", paramLabel = "N", description = "Run at most N provider operations at once (default ${DEFAULT-VALUE}).")
    int parallelism = 10;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait this long for the state lock (default 0s).")
    Duration lockTimeout = Duration.ZERO;

    @Option(names = "--target", paramLabel = "ID", description = "Destroy only this resource and its dependents. Repeatable.")
    List<String> targets = new ArrayList<>();

    public DestroyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        try (StateLock lock = ws.state().lock(ws.actor(commandName()), lockTimeout)) {
            Plan plan = ws.destroyPlan(config, targets);
            out().print(PlanTextRenderer.render(plan));
            if (!plan.hasChanges()) {
                return ExitCodes.OK;
            }
            out().flush();
            if (!autoApprove && !confirm("Do you really want to destroy these resources? There is no undo.")) {
                err().println("Destroy cancelled.");
                return ExitCodes.ERROR;
            }
            new Snapshots(ws, commandName()).beforeApply(plan, true, err());
            return ws.applyRunner().run(plan, parallelism, commandName(), "Destroy");
        }
    }
}
