package io.provctl.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code /work/shared} style example inputs: the surefire property, else ../../shared. */
public final class SharedExamples {

    private SharedExamples() {
    }

    public static Path dir() {
        String property = System.getProperty("provctl.shared.dir");
        Path p = property != null && !property.isBlank() ? Path.of(property) : Path.of("../../shared");
        if (!Files.isDirectory(p.resolve("examples"))) {
            p = Path.of("../../shared");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path examples() {
        return dir().resolve("examples");
    }

    public static Path file(String name) {
        return examples().resolve(name);
    }
}
