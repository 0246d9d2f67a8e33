package io.provctl.snapshot;

/** A snapshot that cannot be used: missing, unreadable, or failing its checksum. */
public class SnapshotException extends RuntimeException {

    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
