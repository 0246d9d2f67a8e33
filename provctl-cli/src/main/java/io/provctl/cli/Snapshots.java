package io.provctl.cli;

import io.provctl.model.DesiredState;
import io.provctl.plan.Applier;
import io.provctl.plan.Plan;
import io.provctl.snapshot.AutomaticSnapshots;
import io.provctl.snapshot.FileSnapshotStore;
import io.provctl.snapshot.Snapshot;
import io.provctl.snapshot.SnapshotException;
import io.provctl.snapshot.SnapshotPolicy;
import io.provctl.snapshot.SnapshotStore;
import io.provctl.snapshot.SnapshotTrigger;
import io.provctl.snapshot.StoredSnapshot;
import io.provctl.store.EventType;
import io.provctl.store.NewEvent;
import io.provctl.store.StateView;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Takes, prunes and reads snapshots for the commands: the store under {@code .provctl/snapshots/}, the
 * policy file beside it, and an event in the log for every snapshot taken, restored or deleted. Callers
 * hold the state lock when they take one, which is what keeps snapshot IDs unique.
 */
public final class Snapshots {

    /** The snapshots' directory inside provctl's directory. */
    public static final String DIR = "snapshots";
    /** The policy file inside the snapshots' directory. */
    public static final String POLICY_FILE = "policy";

    private final Workspace ws;
    private final String command;

    public Snapshots(Workspace ws, String command) {
        this.ws = ws;
        this.command = command;
    }

    public SnapshotStore store() {
        return new FileSnapshotStore(ws.dir().resolve(Workspace.DOT_DIR).resolve(DIR));
    }

    /** The policy file's content, or the defaults when there is none. */
    public SnapshotPolicy policy() {
        Path file = ws.dir().resolve(Workspace.DOT_DIR).resolve(DIR).resolve(POLICY_FILE);
        if (!Files.isRegularFile(file)) {
            return SnapshotPolicy.defaults();
        }
        try {
            return SnapshotPolicy.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("cannot read " + ws.dir().relativize(file) + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(ws.dir().relativize(file) + ": " + e.getMessage());
        }
    }

    /** Takes a snapshot of the recorded state now, with {@code configuration} as the desired one. */
    public Snapshot take(SnapshotTrigger trigger, String description, DesiredState configuration) {
        StateView now = ws.state().current();
        Snapshot saved = store().save(new Snapshot("", ws.clock().instant(), trigger, description, now.lineage(),
                now.serial(), configuration, now.resources(), ""));
        record(EventType.SNAPSHOT_CREATED, Map.of("id", saved.id(), "trigger", trigger.jsonName(),
                "serial", saved.serial(), "checksum", saved.checksum()));
        return saved;
    }

    /**
     * Takes the automatic snapshot the policy wants before {@code plan} runs, if any, says so on
     * {@code log}, and applies the retention policy.
     */
    public void beforeApply(Plan plan, boolean destroy, PrintWriter log) {
        // a stale saved plan is refused by the applier; refusing it here first keeps a useless snapshot out
        Applier.checkNotStale(plan, ws.state().current());
        SnapshotPolicy policy = policy();
        AutomaticSnapshots.before(plan, destroy, policy).ifPresent(trigger -> {
            StateView now = ws.state().current();
            Snapshot s = take(trigger, "before " + command, AutomaticSnapshots.outcome(now, plan));
            log.println("Snapshot " + s.id() + " taken (" + trigger.jsonName() + ").");
            retain(policy, log);
        });
    }

    /** Takes a snapshot for {@code trigger} when the policy wants it, then applies the retention policy. */
    public void automatic(SnapshotTrigger trigger, DesiredState configuration, PrintWriter log) {
        SnapshotPolicy policy = policy();
        if (policy.takes(trigger)) {
            Snapshot s = take(trigger, "before " + command, configuration);
            log.println("Snapshot " + s.id() + " taken (" + trigger.jsonName() + ").");
            retain(policy, log);
        }
    }

    /** Deletes what the retention policy lets go of, among the snapshots provctl took on its own. */
    public void retain(SnapshotPolicy policy, PrintWriter log) {
        List<Snapshot> automatic = valid().stream().filter(s -> s.trigger() != SnapshotTrigger.MANUAL).toList();
        for (Snapshot s : policy.retention().expired(automatic, ws.clock().instant())) {
            delete(s, "retention");
            log.println("Snapshot " + s.id() + " deleted by the retention policy.");
        }
    }

    public List<Snapshot> valid() {
        return store().list().stream().filter(StoredSnapshot.Valid.class::isInstance)
                .map(s -> ((StoredSnapshot.Valid) s).snapshot()).toList();
    }

    public void delete(Snapshot s, String reason) {
        store().delete(s.id());
        record(EventType.SNAPSHOT_DELETED, Map.of("id", s.id(), "reason", reason));
    }

    /** Loads and verifies a snapshot; a missing or corrupt one is a user error with the store's message. */
    public Snapshot load(String id) {
        try {
            return store().load(id);
        } catch (SnapshotException e) {
            throw new UserError(e.getMessage());
        }
    }

    public void record(EventType type, Map<String, ?> payload) {
        ws.state().append(ws.actor(command), List.of(NewEvent.of(type, payload)));
    }
}
