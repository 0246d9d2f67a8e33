package io.provctl.metrics;

/** A metrics source could not answer; the message says which source and why. */
public class MetricsException extends RuntimeException {

    public MetricsException(String message) {
        super(message);
    }

    public MetricsException(String message, Throwable cause) {
        super(message, cause);
    }
}
