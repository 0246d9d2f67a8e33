package io.provctl.time;

import java.time.Duration;

/** Waits; injected so that retries and simulated latency never sleep for real in tests. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps on the current thread. */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
