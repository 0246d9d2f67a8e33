package io.provctl.snapshot;

import io.provctl.model.DesiredState;
import io.provctl.model.ResourceId;
import io.provctl.store.StateView;
import io.provctl.testsupport.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static io.provctl.testsupport.Specs.cluster;
import static io.provctl.testsupport.Specs.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotsTest {

    private static final DesiredState DESIRED = DesiredState.of(List.of(cluster("prod",
            pool("system", "local.small", 1, 3, 2))));
    private static final StateView STATE = States.recorded(DESIRED);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static Snapshot unsaved(Instant at, SnapshotTrigger trigger) {
        return new Snapshot("", at, trigger, "before the upgrade", STATE.lineage(), STATE.serial(), DESIRED,
                STATE.resources(), "");
    }

    @Test
    void aSnapshotSurvivesTheRoundTripThroughItsFile() {
        FileSnapshotStore store = new FileSnapshotStore(dir);

        Snapshot saved = store.save(unsaved(T0, SnapshotTrigger.MANUAL));
        Snapshot loaded = store.load(saved.id());

        assertThat(saved.id()).isEqualTo("snap-0001");
        assertThat(saved.checksum()).hasSize(64);
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.recordedAsDesired()).isEqualTo(DESIRED);
        assertThat(SnapshotJson.write(loaded)).isEqualTo(SnapshotJson.write(saved));
    }

    @Test
    void aChangedByteIsFoundAndTheSnapshotRefused() throws Exception {
        FileSnapshotStore store = new FileSnapshotStore(dir);
        Snapshot saved = store.save(unsaved(T0, SnapshotTrigger.MANUAL));
        Path file = dir.resolve("snap-0001.json");
        Files.writeString(file, Files.readString(file).replace("\"local.small\"", "\"local.large\""));

        assertThatThrownBy(() -> store.load(saved.id())).isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("snapshot snap-0001 is corrupt and will not be used: its checksum does not match");
        assertThat(store.list()).singleElement().isInstanceOf(StoredSnapshot.Corrupt.class);
    }

    @Test
    void aTruncatedFileIsCorruptNotAnUnexpectedFailure() throws Exception {
        FileSnapshotStore store = new FileSnapshotStore(dir);
        store.save(unsaved(T0, SnapshotTrigger.MANUAL));
        Path file = dir.resolve("snap-0001.json");
        Files.writeString(file, Files.readString(file).substring(0, 100));

        assertThatThrownBy(() -> store.load("snap-0001")).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void idsFollowEachOtherAndDeleteRemoves() {
        FileSnapshotStore store = new FileSnapshotStore(dir);
        store.save(unsaved(T0, SnapshotTrigger.MANUAL));
        store.save(unsaved(T0, SnapshotTrigger.PRE_APPLY));

        store.delete("snap-0001");
        store.save(unsaved(T0, SnapshotTrigger.PRE_DELETE));

        assertThat(store.list()).extracting(StoredSnapshot::id).containsExactly("snap-0002", "snap-0003");
        assertThatThrownBy(() -> store.load("snap-0009")).hasMessageContaining("no snapshot snap-0009");
        assertThatThrownBy(() -> store.load("../state")).hasMessageContaining("no snapshot");
    }

    @Test
    void retentionKeepsTheNewestByCountAndDropsTheOld() {
        List<Snapshot> all = List.of(withId("a", T0), withId("b", T0.plus(Duration.ofDays(10))),
                withId("c", T0.plus(Duration.ofDays(20))), withId("d", T0.plus(Duration.ofDays(30))));
        Instant now = T0.plus(Duration.ofDays(31));

        assertThat(new RetentionPolicy(OptionalInt.of(2), Optional.empty()).expired(all, now))
                .extracting(Snapshot::id).containsExactly("a", "b");
        assertThat(new RetentionPolicy(OptionalInt.empty(), Optional.of(Duration.ofDays(15))).expired(all, now))
                .extracting(Snapshot::id).containsExactly("a", "b");
        assertThat(new RetentionPolicy(OptionalInt.of(10), Optional.of(Duration.ofDays(30))).expired(all, now))
                .extracting(Snapshot::id).containsExactly("a");
        assertThat(RetentionPolicy.none().expired(all, now)).isEmpty();
    }

    private static Snapshot withId(String id, Instant at) {
        Snapshot s = unsaved(at, SnapshotTrigger.PRE_APPLY);
        return new Snapshot(id, at, s.trigger(), "", s.lineage(), s.serial(), s.configuration(), s.resources(), "");
    }

    @Test
    void thePolicyFileOverridesDefaultsKeyByKey() {
        SnapshotPolicy p = SnapshotPolicy.parse("# ours\nautomatic = [\"pre_delete\", pre_upgrade]\nmax_count = 5\n");

        assertThat(p.automatic()).isEqualTo(Set.of(SnapshotTrigger.PRE_DELETE, SnapshotTrigger.PRE_UPGRADE));
        assertThat(p.retention().maxCount()).hasValue(5);
        assertThat(p.retention().maxAge()).contains(Duration.ofDays(30));
        assertThat(SnapshotPolicy.parse("automatic = none\nmax_age = none").automatic()).isEmpty();
        assertThat(SnapshotPolicy.defaults().takes(SnapshotTrigger.PRE_APPLY)).isTrue();
        assertThatThrownBy(() -> SnapshotPolicy.parse("max_age = soon")).hasMessage(
                "snapshot policy line 1: max_age 'soon' is not a duration such as 30d, 12h or 90m");
        assertThatThrownBy(() -> SnapshotPolicy.parse("automatic = daily")).hasMessageContaining("unknown snapshot trigger 'daily'");
    }

    @Test
    void restoringAnOlderControlPlaneVersionIsRefusedWithAReason() {
        Snapshot old = unsaved(T0, SnapshotTrigger.MANUAL);
        StateView upgraded = States.recorded(DesiredState.of(List.of(io.provctl.model.ClusterSpec.class.cast(
                new io.provctl.model.ClusterSpec("prod", "local", "local-1", io.provctl.testsupport.Specs.network(),
                        io.provctl.testsupport.Specs.controlPlane("1.29"), List.of(pool("system", "local.small", 1, 3, 2)),
                        java.util.Map.of("team", "platform"), new io.provctl.model.SourcePosition("t", 1, 1))))));
        StateView sameLineage = new StateView(old.lineage(), 9, 9, upgraded.resources(), upgraded.pendingIntents());

        assertThat(RestoreCheck.refusals(old, sameLineage)).singleElement().asString()
                .startsWith("cluster.prod.control_plane runs Kubernetes 1.29 and the snapshot has 1.28")
                .contains("cannot be downgraded");
        assertThat(RestoreCheck.refusals(old, STATE)).isEmpty();
        assertThat(RestoreCheck.refusals(old, StateView.empty("other"))).singleElement().asString()
                .contains("another state");
    }

    @Test
    void theDiffNamesWhatRestoreAddsModifiesAndRemoves() {
        Snapshot old = unsaved(T0, SnapshotTrigger.MANUAL);
        StateView now = States.recorded(DesiredState.of(List.of(cluster("prod",
                pool("system", "local.small", 1, 5, 4), pool("extra", "local.small", 1, 1, 1)))));
        StateView gone = States.recorded(DesiredState.empty());

        SnapshotDiff diff = SnapshotDiff.between(now, old);

        assertThat(diff.entries()).containsExactly(
                new SnapshotDiff.Entry(ResourceId.pool("prod", "extra"), SnapshotDiff.Change.REMOVE, List.of()),
                new SnapshotDiff.Entry(ResourceId.pool("prod", "system"), SnapshotDiff.Change.MODIFY,
                        List.of("desired_size", "max_size")));
        assertThat(SnapshotDiff.between(gone, old).count(SnapshotDiff.Change.ADD)).isEqualTo(4);
        assertThat(SnapshotDiff.between(STATE, old).isEmpty()).isTrue();
    }
}
