package io.provctl.autoscaler.dump;

/** A cluster dump that cannot be read; the message names the file, the document and the line. */
public final class DumpException extends IllegalArgumentException {

    public DumpException(String message) {
        super(message);
    }

    public DumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
