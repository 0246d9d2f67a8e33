package io.provctl.snapshot;

/** A snapshot as a listing finds it: usable, or corrupt with the reason. */
public sealed interface StoredSnapshot {

    String id();

    /** A snapshot whose checksum matches. */
    record Valid(Snapshot snapshot) implements StoredSnapshot {
        @Override
        public String id() {
            return snapshot.id();
        }
    }

    /** A snapshot that failed to read or to verify; restore refuses it. */
    record Corrupt(String id, String reason) implements StoredSnapshot {
    }
}
