package io.provctl.deploy;

import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The outside binaries the deploy tests run: kubectl (for its built-in kustomize), helm and promtool.
 * Found on the PATH. A test needing an absent one is skipped with a message saying what went
 * unchecked, except on CI (CI=true) for kubectl and helm, which .ci/run installs: there absence fails.
 */
final class Tools {

    static final Path DEPLOY = Path.of(System.getProperty("provctl.deploy.dir", "../deploy")).toAbsolutePath().normalize();

    private Tools() {
    }

    static Optional<Path> find(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The binary, or the test is skipped (outside CI) or fails (on CI, where .ci/run installs it). */
    static Path require(String name, String unchecked) {
        Optional<Path> found = find(name);
        if (found.isEmpty() && "true".equals(System.getenv("CI")) && !"promtool".equals(name)) {
            throw new AssertionError(name + " is not on the PATH on CI; .ci/run should have installed it");
        }
        Assumptions.assumeTrue(found.isPresent(), name + " is not on the PATH: " + unchecked + " not checked");
        return found.get();
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).start();
            process.getOutputStream().close();
            var out = drain(process.getInputStream());
            var err = drain(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            out.join();
            err.join();
            return new Result(process.exitValue(), out.result, err.result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String runOk(List<String> command) {
        Result r = run(command);
        if (r.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + r.exitCode() + ":\n" + r.err() + r.out());
        }
        return r.out();
    }

    private static Drain drain(InputStream in) {
        Drain d = new Drain(in);
        d.start();
        return d;
    }

    private static final class Drain extends Thread {
        private final InputStream in;
        private volatile String result = "";

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                result = buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                result = "";
            }
        }
    }
}
