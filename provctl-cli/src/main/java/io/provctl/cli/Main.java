package io.provctl.cli;

/** The {@code provctl} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(CliEnvironment.system(), args));
    }
}
