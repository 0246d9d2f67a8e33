package io.provctl.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only gathers subcommands: run on its own, it prints its usage and the list of them. */
public abstract class CommandGroup implements Runnable {

    private final CliEnvironment env;

    @Spec
    CommandSpec spec;

    protected CommandGroup(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final void run() {
        spec.commandLine().usage(env.out());
    }
}
