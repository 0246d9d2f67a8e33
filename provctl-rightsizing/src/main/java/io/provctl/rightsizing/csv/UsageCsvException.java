package io.provctl.rightsizing.csv;

/** A usage CSV could not be read; the message names the source and, for a bad row, its line. */
public class UsageCsvException extends RuntimeException {

    public UsageCsvException(String message) {
        super(message);
    }

    public UsageCsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
