package io.provctl.store;

import java.time.Instant;

/** Who holds the state lock: lock ID, user, host, pid, the command and since when. */
public record LockInfo(String id, String user, String host, long pid, String command, Instant since) {

    @Override
    public String toString() {
        return "lock " + id + " held by " + user + "@" + host + " (pid " + pid + ", " + command + ") since " + since;
    }
}
