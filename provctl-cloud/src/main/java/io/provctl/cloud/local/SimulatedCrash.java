package io.provctl.cloud.local;

/**
 * Thrown when the local cloud plays a process dying right after the cloud persisted a change and
 * before the caller could record the result. It is an {@link Error} so that code catching
 * {@code Exception} for retries does not swallow it, just as it could not catch a real crash.
 */
public final class SimulatedCrash extends Error {

    public SimulatedCrash(String message) {
        super(message);
    }
}
