package io.provctl.cloud.testsupport;

import io.provctl.time.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that returns at once and remembers what it was asked to wait. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> requested = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        requested.add(duration);
    }

    public List<Duration> requested() {
        return List.copyOf(requested);
    }
}
