package io.provctl.cli.command;

import io.provctl.cli.ApplyOptions;
import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.DriftRunner;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.cli.render.DriftRendering;
import io.provctl.config.ConfigException;
import io.provctl.drift.DriftJson;
import io.provctl.drift.DriftReport;
import io.provctl.drift.Remediation;
import io.provctl.plan.PlanTextRenderer;
import io.provctl.provider.ProviderException;
import io.provctl.store.LockHeldException;
import io.provctl.store.StateLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;

@Command(name = "drift", description = {
        "Finds and fixes changes made to the infrastructure outside provctl.",
        "Compares the recorded state with what the providers report now, using the configuration to tell",
        "unapplied changes from drift. Types, severities and remediation rules: docs/drift.md."},
        subcommands = {DriftCommand.DetectCommand.class, DriftCommand.RemediateCommand.class,
                DriftCommand.WatchCommand.class},
        footer = {"", "Exit codes of detect: 0 no drift, 1 error, 2 drift found."})
public final class DriftCommand extends CommandGroup {

    public DriftCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "detect", description = {"Reports drift: type, severity and whether remediate can undo it.",
            "Exit code 0 when there is no drift, 2 when there is, 1 on error. Every detection is logged (history)."})
    public static final class DetectCommand extends BaseCommand {

        @Mixin
        ConfigOptions config;

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default) or json.")
        OutputFormat format = OutputFormat.TABLE;

        public DetectCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws ConfigException {
            DriftRunner runner = new DriftRunner(ws, commandName());
            DriftReport report = runner.detect(runner.observe(config));
            if (format == OutputFormat.JSON) {
                out().println(DriftJson.write(report));
            } else {
                DriftRendering.table(report, out());
            }
            return report.hasDrift() ? ExitCodes.CHANGES : ExitCodes.OK;
        }
    }

    @Command(name = "remediate", description = {"Undoes remediable drift with an ordinary plan: shown, confirmed, applied, recorded.",
            "Sets drifted attributes back in place and recreates deleted resources; never replaces or deletes.",
            "Takes a drift_remediate snapshot first (see snapshot). Exit code 2 when drift that cannot be remediated remains."})
    public static final class RemediateCommand extends BaseCommand {

        @Mixin
        ConfigOptions config;

        @Mixin
        ApplyOptions apply;

        public RemediateCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            DriftRunner runner = new DriftRunner(ws, commandName());
            try (StateLock lock = ws.state().lock(ws.actor(commandName()), apply.lockTimeout())) {
                DriftRunner.Observation o = runner.observe(config);
                DriftReport report = runner.detect(o);
                DriftRendering.table(report, out());
                if (!report.hasDrift()) {
                    return ExitCodes.OK;
                }
                Remediation r = runner.plan(report, o);
                if (!r.hasChanges()) {
                    err().println("Nothing to remediate: no drift found can be undone safely.");
                    return ExitCodes.CHANGES;
                }
                out().println();
                out().print(PlanTextRenderer.render(r.plan()));
                out().flush();
                if (!apply.autoApprove() && !ws.applyRunner().confirm("Do you want to remediate this drift?")) {
                    err().println("Remediation cancelled.");
                    return ExitCodes.ERROR;
                }
                int code = runner.remediate(r, o, apply.parallelism(), env);
                if (code == ExitCodes.OK && !r.skipped().isEmpty()) {
                    err().println(r.skipped().size() + " drift(s) could not be remediated and remain; see \"Not remediable\" above.");
                    return ExitCodes.CHANGES;
                }
                return code;
            }
        }
    }

    @Command(name = "watch", description = {"Detects drift every --interval until stopped (Ctrl-C), logging each pass on stderr.",
            "With --auto-remediate, remediates what it can after each pass that finds drift, taking a snapshot first."})
    public static final class WatchCommand extends BaseCommand {

        @Mixin
        ConfigOptions config;

        @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Time between passes, such as 30s or 5m (default 5m).")
        Duration interval = Duration.ofMinutes(5);

        @Option(names = "--auto-remediate", description = "Remediate remediable drift without asking.")
        boolean autoRemediate;

        @Option(names = "--parallelism", paramLabel = "N", description = "Run at most N provider operations at once (default ${DEFAULT-VALUE}).")
        int parallelism = 10;

        @Option(names = "--max-passes", paramLabel = "N", hidden = true, description = "Stop after N passes (for tests and scripts).")
        long maxPasses = Long.MAX_VALUE;

        public WatchCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            if (interval.isZero() || interval.isNegative()) {
                throw new UserError("--interval must be longer than 0");
            }
            err().println("Watching for drift every " + interval.toString().substring(2).toLowerCase()
                    + (autoRemediate ? ", remediating automatically" : "") + ". Ctrl-C stops.");
            DriftRunner runner = new DriftRunner(ws, commandName());
            for (long pass = 1; ; pass++) {
                pass(ws, runner, pass);
                err().flush();
                if (pass >= maxPasses) {
                    return ExitCodes.OK;
                }
                env.sleeper().sleep(interval);
            }
        }

        /** One pass; a failure is logged and the watch goes on, since the next pass may well succeed. */
        private void pass(Workspace ws, DriftRunner runner, long pass) throws InterruptedException {
            String prefix = "[" + ws.clock().instant() + "] pass " + pass + ": ";
            try {
                DriftRunner.Observation o = runner.observe(config);
                DriftReport report = runner.detect(o);
                err().println(prefix + DriftRendering.summary(report));
                report.drifts().forEach(d -> err().println("    " + d.severity().jsonName() + " " + d.type().jsonName()
                        + " " + d.id() + d.attribute().map(a -> " " + a).orElse("")));
                if (autoRemediate && !report.remediable().isEmpty()) {
                    remediate(ws, runner, prefix);
                }
            } catch (ConfigException | ProviderException | LockHeldException | UserError e) {
                err().println(prefix + "error: " + e.getMessage());
            }
        }

        /** Observes again under the lock, so the remediation is planned against the state it runs on. */
        private void remediate(Workspace ws, DriftRunner runner, String prefix)
                throws ConfigException, InterruptedException {
            try (StateLock lock = ws.state().lock(ws.actor(commandName()), Duration.ZERO)) {
                DriftRunner.Observation o = runner.observe(config);
                DriftReport report = runner.detect(o);
                Remediation r = runner.plan(report, o);
                if (!r.hasChanges()) {
                    return;
                }
                err().println(prefix + "remediating: " + PlanTextRenderer.summary(r.plan()));
                int code = runner.remediate(r, o, parallelism, env);
                err().println(prefix + (code == ExitCodes.OK ? "remediated" : "remediation failed; the next pass tries again"));
            }
        }
    }
}
