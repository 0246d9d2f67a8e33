package io.provctl.snapshot;

import java.util.List;

/** Where snapshots are kept. Writers hold the state lock, so two snapshots never get the same ID. */
public interface SnapshotStore {

    /** Gives the snapshot the next free ID, seals it with its checksum and stores it atomically. */
    Snapshot save(Snapshot unsaved);

    /** Every stored snapshot, oldest first. */
    List<StoredSnapshot> list();

    /**
     * Reads and verifies one snapshot.
     *
     * @throws SnapshotException when there is no such snapshot or it is corrupt
     */
    Snapshot load(String id);

    /** Deletes a snapshot; deleting one that does not exist is an error. */
    void delete(String id);
}
