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
import java.util.Optional;

@Command(name = "apply", description = {
        "Makes the infrastructure match the configuration.",
        "Shows the plan, asks for confirmation, then runs independent actions in parallel, retrying",
        "429/5xx/timeouts with backoff. Given a saved plan FILE",
        "(from plan -out), applies exactly that plan without asking, unless the state changed since."})
public final class ApplyCommand extends BaseCommand {

    @Mixin
    ConfigOptions config;

    @Option(names = {"--auto-approve", "-auto-approve"}, description = "Apply without asking for confirmation.")
    boolean autoApprove;

    @Option(names = "--parallelism", paramLabel = "N", description = "Run at most N provider operations at once (default ${DEFAULT-VALUE}).")
    int parallelism = 10;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait this long for the state lock (default 0s: fail at once, naming the holder).")
    Duration lockTimeout = Duration.ZERO;

    @Option(names = "--target", paramLabel = "ID", description = "Apply only this resource and what it depends on. Repeatable.")
    List<String> targets = new ArrayList<>();

    public ApplyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        Optional<Plan> saved = ws.savedPlan(config);
        try (StateLock lock = ws.state().lock(ws.actor(commandName()), lockTimeout)) {
            Plan plan = saved.isPresent() ? saved.get() : ws.plan(config, targets);
            if (saved.isEmpty()) {
                out().print(PlanTextRenderer.render(plan));
                if (!plan.hasChanges()) {
                    return ExitCodes.OK;
                }
                out().flush();
                if (!autoApprove && !confirm("Do you want to perform these actions?")) {
                    err().println("Apply cancelled.");
                    return ExitCodes.ERROR;
                }
            }
            new Snapshots(ws, commandName()).beforeApply(plan, false, err());
            return ws.applyRunner().run(plan, parallelism, commandName(), "Apply");
        }
    }
}
