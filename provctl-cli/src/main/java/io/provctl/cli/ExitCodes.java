package io.provctl.cli;

/**
 * provctl's exit codes: 0 success (and no changes, with --detailed-exitcode), 1 error, 2 success with
 * changes present (plan --detailed-exitcode). Usage errors are 1 as well, with the usage on stderr.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int CHANGES = 2;

    private ExitCodes() {
    }
}
