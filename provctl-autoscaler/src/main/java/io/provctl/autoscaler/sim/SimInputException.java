package io.provctl.autoscaler.sim;

/** A trace or policy file the simulator cannot use; the message names the file and, for a row, its line. */
public final class SimInputException extends IllegalArgumentException {

    public SimInputException(String message) {
        super(message);
    }

    public SimInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
