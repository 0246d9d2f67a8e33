package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.ConfigOptions;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.Snapshots;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.text.TextTable;
import io.provctl.model.Attributes;
import io.provctl.model.DesiredState;
import io.provctl.snapshot.RetentionPolicy;
import io.provctl.snapshot.Snapshot;
import io.provctl.snapshot.SnapshotJson;
import io.provctl.snapshot.SnapshotTrigger;
import io.provctl.snapshot.StoredSnapshot;
import io.provctl.store.StateLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

@Command(name = "snapshot", description = {
        "Takes, lists, verifies, restores and prunes snapshots.",
        "A snapshot holds the desired configuration and the recorded state at one point in time, with a",
        "SHA-256 checksum, in .provctl/snapshots/. apply, destroy and drift remediate take one first;",
        ".provctl/snapshots/policy says which of them do and how many are kept (docs/drift-and-snapshots.md)."},
        subcommands = {SnapshotCommand.CreateCommand.class, SnapshotCommand.ListCommand.class,
                SnapshotCommand.ShowCommand.class, SnapshotCommand.VerifyCommand.class,
                RestoreCommand.class, SnapshotCommand.PruneCommand.class})
public final class SnapshotCommand extends CommandGroup {

    public SnapshotCommand(CliEnvironment env) {
        super(env);
    }

    @Command(name = "create", description = {"Takes a snapshot of the configuration and the recorded state now.",
            "With --trigger scheduled (for cron) the snapshot is subject to the retention policy, as automatic ones are."})
    public static final class CreateCommand extends BaseCommand {

        @Mixin
        ConfigOptions config;

        @Option(names = "--description", paramLabel = "TEXT", description = "Why the snapshot was taken.")
        String description = "";

        @Option(names = "--trigger", paramLabel = "TRIGGER", description = "manual (default) or scheduled.")
        String trigger = "manual";

        @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Wait this long for the state lock (default 0s).")
        Duration lockTimeout = Duration.ZERO;

        public CreateCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            SnapshotTrigger t = SnapshotTrigger.parse(trigger);
            if (t != SnapshotTrigger.MANUAL && t != SnapshotTrigger.SCHEDULED) {
                throw new UserError("--trigger takes manual or scheduled; " + t.jsonName() + " snapshots are taken by provctl itself");
            }
            DesiredState desired = DesiredState.of(ws.configuration(config).clusters());
            try (StateLock lock = ws.state().lock(ws.actor(commandName()), lockTimeout)) {
                Snapshots snapshots = new Snapshots(ws, commandName());
                Snapshot s = snapshots.take(t, description, desired);
                out().println("Snapshot " + s.id() + " created (" + t.jsonName() + "): " + s.resources().size()
                        + " resources at state serial " + s.serial() + ", sha256 " + s.checksum());
                if (t == SnapshotTrigger.SCHEDULED) {
                    snapshots.retain(snapshots.policy(), err());
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "list", description = "Lists the snapshots, oldest first; a corrupt one is listed as such.")
    public static final class ListCommand extends BaseCommand {

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default) or json.")
        OutputFormat format = OutputFormat.TABLE;

        public ListCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            List<StoredSnapshot> all = new Snapshots(ws, commandName()).store().list();
            if (format == OutputFormat.JSON) {
                out().println(io.provctl.json.Json.write(all.stream().map(ListCommand::json).toList()));
                return ExitCodes.OK;
            }
            TextTable table = new TextTable("ID", "CREATED", "TRIGGER", "SERIAL", "RESOURCES", "STATUS", "DESCRIPTION");
            for (StoredSnapshot stored : all) {
                if (stored instanceof StoredSnapshot.Valid v) {
                    Snapshot s = v.snapshot();
                    table.row(s.id(), s.createdAt(), s.trigger().jsonName(), s.serial(), s.resources().size(), "ok",
                            s.description());
                } else {
                    table.row(stored.id(), "-", "-", "-", "-", "corrupt", "");
                }
            }
            out().print(table.render());
            return ExitCodes.OK;
        }

        private static java.util.Map<String, Object> json(StoredSnapshot stored) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", stored.id());
            if (stored instanceof StoredSnapshot.Valid v) {
                m.put("status", "ok");
                m.put("created_at", v.snapshot().createdAt().toString());
                m.put("trigger", v.snapshot().trigger().jsonName());
                m.put("description", v.snapshot().description());
                m.put("serial", v.snapshot().serial());
                m.put("resources", v.snapshot().resources().size());
                m.put("checksum", v.snapshot().checksum());
            } else if (stored instanceof StoredSnapshot.Corrupt c) {
                m.put("status", "corrupt");
                m.put("error", c.reason());
            }
            return m;
        }
    }

    @Command(name = "show", description = "Shows one snapshot: its configuration and its recorded state.")
    public static final class ShowCommand extends BaseCommand {

        @Parameters(paramLabel = "ID", description = "The snapshot, as snapshot list names it.")
        String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "text (default) or json (the stored form).")
        OutputFormat format = OutputFormat.TEXT;

        public ShowCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            Snapshot s = new Snapshots(ws, commandName()).load(id);
            if (format == OutputFormat.JSON) {
                out().print(SnapshotJson.write(s));
                return ExitCodes.OK;
            }
            out().println("Snapshot " + s.id() + " (" + s.trigger().jsonName() + ")"
                    + (s.description().isEmpty() ? "" : ": " + s.description()));
            out().println("  created:  " + s.createdAt());
            out().println("  state:    lineage " + s.lineage() + ", serial " + s.serial());
            out().println("  checksum: sha256 " + s.checksum());
            out().println();
            out().println("Recorded resources:");
            s.resources().values().forEach(r -> {
                out().println("  " + r.id() + " (" + r.providerId() + ")");
                r.attributes().forEach((k, v) -> out().println("      " + k + " = " + Attributes.render(v)));
            });
            out().println();
            out().println("Configuration (" + s.configuration().resources().size() + " resources):");
            s.configuration().resources().keySet().forEach(r -> out().println("  " + r));
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", description = "Checks a snapshot's SHA-256 checksum; exit code 1 when it is corrupt.")
    public static final class VerifyCommand extends BaseCommand {

        @Parameters(paramLabel = "ID", description = "The snapshot, as snapshot list names it.")
        String id;

        public VerifyCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            Snapshot s = new Snapshots(ws, commandName()).load(id);
            out().println("Snapshot " + s.id() + " is intact: sha256 " + s.checksum());
            return ExitCodes.OK;
        }
    }

    @Command(name = "prune", description = {"Deletes snapshots beyond the newest --max-count or older than --max-age.",
            "Applies to every snapshot, manual ones included; corrupt ones are left for you to look at."})
    public static final class PruneCommand extends BaseCommand {

        @Option(names = "--max-count", paramLabel = "N", description = "Keep at most the newest N snapshots.")
        Integer maxCount;

        @Option(names = "--max-age", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Delete snapshots older than this, such as 30d or 12h.")
        Duration maxAge;

        @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Wait this long for the state lock (default 0s).")
        Duration lockTimeout = Duration.ZERO;

        public PruneCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) throws Exception {
            if (maxCount == null && maxAge == null) {
                throw new UserError("say what to prune: --max-count N, --max-age DURATION or both");
            }
            if (maxCount != null && maxCount < 0) {
                throw new UserError("--max-count must be 0 or more, not " + maxCount);
            }
            RetentionPolicy policy = new RetentionPolicy(maxCount == null ? OptionalInt.empty() : OptionalInt.of(maxCount),
                    Optional.ofNullable(maxAge));
            try (StateLock lock = ws.state().lock(ws.actor(commandName()), lockTimeout)) {
                Snapshots snapshots = new Snapshots(ws, commandName());
                List<Snapshot> expired = policy.expired(snapshots.valid(), ws.clock().instant());
                for (Snapshot s : expired) {
                    snapshots.delete(s, "prune");
                    out().println("Deleted " + s.id() + " (" + s.trigger().jsonName() + ", " + s.createdAt() + ")");
                }
                err().println(expired.size() + " snapshot(s) deleted, " + (snapshots.store().list().size())
                        + " kept.");
                return ExitCodes.OK;
            }
        }
    }
}
