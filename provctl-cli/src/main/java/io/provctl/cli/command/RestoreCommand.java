package io.provctl.cli.command;

import io.provctl.cli.ApplyOptions;
import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.Snapshots;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.plan.Plan;
import io.provctl.plan.PlanTextRenderer;
import io.provctl.plan.Planner;
import io.provctl.snapshot.RestoreCheck;
import io.provctl.snapshot.Snapshot;
import io.provctl.snapshot.SnapshotDiff;
import io.provctl.snapshot.SnapshotTrigger;
import io.provctl.store.EventType;
import io.provctl.store.StateLock;
import io.provctl.store.StateView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.Map;

@Command(name = "restore", description = {
        "Brings the infrastructure back to a snapshot.",
        "Verifies the snapshot's checksum, shows what changes (add, modify, remove) and the plan, then",
        "takes a backup snapshot of the present and applies the plan. --dry-run changes nothing.",
        "A control plane downgrade cannot be done in a real cloud and is refused, not faked."})
public final class RestoreCommand extends BaseCommand {

    @Parameters(paramLabel = "ID", description = "The snapshot to restore, as snapshot list names it.")
    String id;

    @Option(names = "--dry-run", description = "Show the changes and the plan; change nothing.")
    boolean dryRun;

    @Mixin
    ApplyOptions apply;

    public RestoreCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Workspace ws) throws Exception {
        Snapshots snapshots = new Snapshots(ws, commandName());
        Snapshot snapshot = snapshots.load(id);
        try (StateLock lock = ws.state().lock(ws.actor(commandName()), apply.lockTimeout())) {
            StateView current = ws.state().current();
            List<String> refusals = RestoreCheck.refusals(snapshot, current);
            if (!refusals.isEmpty()) {
                throw new UserError("snapshot " + snapshot.id() + " cannot be restored: " + String.join("; ", refusals));
            }
            SnapshotDiff diff = SnapshotDiff.between(current, snapshot);
            Plan plan = new Planner(ws.clock()).plan(snapshot.recordedAsDesired(), current, List.of());
            printDiff(snapshot, diff);
            out().print(PlanTextRenderer.render(plan));
            if (dryRun) {
                err().println("Dry run: nothing was changed.");
                return ExitCodes.OK;
            }
            if (!plan.hasChanges()) {
                return ExitCodes.OK;
            }
            out().flush();
            if (!apply.autoApprove() && !ws.applyRunner().confirm("Do you want to restore snapshot " + snapshot.id() + "?")) {
                err().println("Restore cancelled.");
                return ExitCodes.ERROR;
            }
            return restore(ws, snapshots, snapshot, plan, current);
        }
    }

    private int restore(Workspace ws, Snapshots snapshots, Snapshot snapshot, Plan plan, StateView current)
            throws InterruptedException {
        Snapshot backup = snapshots.take(SnapshotTrigger.PRE_RESTORE, "before restoring " + snapshot.id(),
                Snapshot.asDesired(current.resources()));
        err().println("Snapshot " + backup.id() + " taken (pre_restore): restore it to undo this restore.");
        int code = ws.applyRunner().run(plan, apply.parallelism(), commandName(), "Restore");
        snapshots.record(EventType.SNAPSHOT_RESTORED, Map.of("id", snapshot.id(), "backup", backup.id(),
                "succeeded", code == ExitCodes.OK));
        err().println("The configuration files were not changed: make them match the snapshot"
                + " (`provctl snapshot show " + snapshot.id() + "`) or the next apply undoes this restore.");
        return code;
    }

    private void printDiff(Snapshot snapshot, SnapshotDiff diff) {
        out().println("Restoring " + snapshot.id() + " (" + snapshot.trigger().jsonName() + ", taken "
                + snapshot.createdAt() + ", sha256 verified)");
        if (diff.isEmpty()) {
            out().println("  the recorded state already matches the snapshot");
        }
        for (SnapshotDiff.Entry e : diff.entries()) {
            String symbol = switch (e.change()) {
                case ADD -> "+";
                case MODIFY -> "~";
                case REMOVE -> "-";
            };
            out().println("  " + symbol + " " + e.id() + " (" + e.change().jsonName()
                    + (e.attributes().isEmpty() ? "" : ": " + String.join(", ", e.attributes())) + ")");
        }
        out().println("Changes: " + diff.count(SnapshotDiff.Change.ADD) + " to add, "
                + diff.count(SnapshotDiff.Change.MODIFY) + " to modify, " + diff.count(SnapshotDiff.Change.REMOVE)
                + " to remove.");
        out().println();
    }
}
