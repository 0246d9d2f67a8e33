package io.provctl.store;

/** The state is locked by someone else; the message names the holder and how to force-unlock. */
public class LockHeldException extends RuntimeException {

    private final LockInfo holder;

    public LockHeldException(LockInfo holder) {
        super("state is locked: " + holder + "; wait with --lock-timeout, or run `provctl force-unlock "
                + holder.id() + "` if that process is gone");
        this.holder = holder;
    }

    public LockInfo holder() {
        return holder;
    }
}
