package io.provctl.testsupport;

import io.provctl.time.Sleeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that only writes down how long it was asked to wait. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
