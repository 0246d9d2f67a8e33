package io.provctl.cli;

import io.provctl.cli.command.ApplyCommand;
import io.provctl.cli.command.AutoscaleCommand;
import io.provctl.cli.command.CostCommand;
import io.provctl.cli.command.DestroyCommand;
import io.provctl.cli.command.DriftCommand;
import io.provctl.cli.command.ForceUnlockCommand;
import io.provctl.cli.command.HistoryCommand;
import io.provctl.cli.command.LocalCommand;
import io.provctl.cli.command.OfflineRecommendCommand;
import io.provctl.cli.command.OperatorCommand;
import io.provctl.cli.command.PlanCommand;
import io.provctl.cli.command.RightsizeCommand;
import io.provctl.cli.command.SimCommand;
import io.provctl.cli.command.ShowCommand;
import io.provctl.cli.command.SnapshotCommand;
import io.provctl.cli.command.StateCommand;
import io.provctl.cli.command.ValidateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The root command: lists the subcommands. */
@Command(name = "provctl", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = {
                "Keeps Kubernetes clusters declared in HCL on any cloud at the lowest cost that is still safe.",
                "Runs against the embedded simulated cloud (`local`) by default; state is kept in .provctl/state.db."},
        subcommands = {ValidateCommand.class, PlanCommand.class, ApplyCommand.class, DestroyCommand.class,
                ShowCommand.class, StateCommand.class, HistoryCommand.class, ForceUnlockCommand.class,
                LocalCommand.class, CostCommand.class, DriftCommand.class, SnapshotCommand.class,
                OperatorCommand.class, RightsizeCommand.class, OfflineRecommendCommand.class,
                AutoscaleCommand.class, SimCommand.class},
        footer = {"", "Exit codes: 0 success, 1 error, 2 changes or drift present (plan --detailed-exitcode, drift detect)."})
public final class ProvctlCommand extends CommandGroup {

    public ProvctlCommand(CliEnvironment env) {
        super(env);
    }
}
