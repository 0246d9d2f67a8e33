package io.provctl.autoscaler.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of one dump and the name errors call it by. */
public record DumpSource(String name, String text) {

    public static DumpSource of(Path file) {
        try {
            return new DumpSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DumpException(file + ": cannot read: " + e.getMessage(), new UncheckedIOException(e));
        }
    }
}
