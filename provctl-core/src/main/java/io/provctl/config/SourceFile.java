package io.provctl.config;

import io.provctl.config.hcl.Ast;

import java.nio.file.Path;
import java.util.Optional;

/** One parsed configuration file; {@code path} is empty for text loaded from a string. */
record SourceFile(String name, Optional<Path> path, Ast.Body body) {

    /** The directory relative paths in this file are resolved against. */
    Path baseDirectory() {
        Path p = path.orElse(Path.of(name)).toAbsolutePath();
        return p.getParent() == null ? p : p.getParent();
    }
}
