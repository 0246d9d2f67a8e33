package io.provctl.plan;

import java.time.Duration;

/** Hears what an apply does, to show progress. Called from worker threads. */
public interface ApplyListener {

    default void started(ApplyStep step) {
    }

    default void retrying(ApplyStep step, int attempt, Duration wait, RuntimeException error) {
    }

    default void completed(ApplyStep step, String providerId, Duration took) {
    }

    default void failed(ApplyStep step, RuntimeException error) {
    }

    ApplyListener NONE = new ApplyListener() {
    };
}
