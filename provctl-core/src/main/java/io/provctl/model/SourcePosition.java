package io.provctl.model;

/** Where something was written: file, 1-based line and column. Used by every configuration error. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition unknown(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
