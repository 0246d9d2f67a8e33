package io.provctl.cli;

/** A problem the user can fix, shown as one line without a stack trace. */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
