package io.provctl.cli;

import picocli.CommandLine.Option;

import java.util.Optional;

/** Options every command takes: where to work and where the state is. */
public final class GlobalOptions {

    @Option(names = {"-C", "--chdir"}, paramLabel = "DIR",
            description = "Work in DIR: configurations, .provctl/ and relative paths are read from there.")
    String chdir;

    @Option(names = "--state", paramLabel = "LOCATION",
            description = "State location: a SQLite file (default .provctl/state.db) or a postgresql:// URL."
                    + " Also PROVCTL_STATE.")
    String state;

    Optional<String> chdir() {
        return Optional.ofNullable(chdir);
    }

    Optional<String> state() {
        return Optional.ofNullable(state);
    }
}
