package io.provctl.store;

/** The state cannot be read or written: corrupt, from a newer provctl, or unreachable. Never retried blindly. */
public class StateStoreException extends RuntimeException {

    public StateStoreException(String message) {
        super(message);
    }

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
