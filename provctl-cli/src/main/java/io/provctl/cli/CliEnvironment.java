package io.provctl.cli;

import io.provctl.time.Sleeper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a command takes from the outside world, so tests run commands in-process on a temporary
 * directory and assert on exact output. {@code signals} says whether Ctrl-C handling is installed;
 * {@code interrupted} is set when Ctrl-C or SIGTERM arrives (or a test sets it), and long-running
 * commands stop starting new work when it is.
 */
public record CliEnvironment(Path workingDir, Map<String, String> env, BufferedReader in, PrintWriter out,
                             PrintWriter err, Clock clock, Sleeper sleeper, boolean interactive,
                             boolean signals, AtomicBoolean interrupted) {

    public CliEnvironment {
        env = Map.copyOf(env);
    }

    public CliEnvironment(Path workingDir, Map<String, String> env, BufferedReader in, PrintWriter out,
                          PrintWriter err, Clock clock, Sleeper sleeper, boolean interactive, boolean signals) {
        this(workingDir, env, in, out, err, clock, sleeper, interactive, signals, new AtomicBoolean());
    }

    public static CliEnvironment system() {
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(), Sleeper.system(), System.console() != null, true);
    }

    /** Colour only on a terminal, and never when NO_COLOR is set. */
    public boolean color() {
        return interactive && !env.containsKey("NO_COLOR");
    }
}
