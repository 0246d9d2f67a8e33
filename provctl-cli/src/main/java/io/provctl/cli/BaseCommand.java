package io.provctl.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every subcommand shares: the environment, the global options and the workspace they open. */
public abstract class BaseCommand implements Callable<Integer> {

    protected final CliEnvironment env;

    @Mixin
    protected GlobalOptions global;

    @Spec
    protected CommandSpec spec;

    protected BaseCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() throws Exception {
        try (Workspace workspace = new Workspace(env, global)) {
            return run(workspace);
        }
    }

    protected abstract int run(Workspace workspace) throws Exception;

    /** The command line as the user typed its name, for the audit log. */
    protected String commandName() {
        return spec.qualifiedName();
    }

    protected PrintWriter out() {
        return env.out();
    }

    protected PrintWriter err() {
        return env.err();
    }
}
