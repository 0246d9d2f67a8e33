package io.provctl.cli;

import io.provctl.time.Sleeper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs provctl in-process as a user would, on a temporary directory: arguments in, exit code and the
 * exact stdout and stderr out. Waits never sleep unless a test installs a sleeper that does.
 */
final class CliHarness {

    static final Path SHARED = Path.of(System.getProperty("provctl.shared.dir", "../../shared")).toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    final Path dir;
    final Map<String, String> env = new HashMap<>();
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    Sleeper sleeper = d -> { };
    String input = "";

    CliHarness(Path dir) {
        this.dir = dir;
        env.put("PROVCTL_ACTOR", "alice");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(dir, env, new BufferedReader(new StringReader(input)),
                new PrintWriter(out, true), new PrintWriter(err, true), clock, sleeper, false, false);
        int code = Cli.run(environment, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Copies an example from the repository's examples/ into the working directory. */
    Path example(String name) {
        return copy(EXAMPLES.resolve(name), name);
    }

    Path write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path copy(Path from, String name) {
        try {
            return Files.copy(from, dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
