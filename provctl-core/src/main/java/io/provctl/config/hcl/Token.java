package io.provctl.config.hcl;

import io.provctl.model.SourcePosition;

import java.util.List;

/**
 * One lexical token. String and heredoc tokens carry their template already split into chunks, so
 * the parser never re-scans text.
 */
public record Token(TokenType type, String text, SourcePosition position, List<TemplateChunk> chunks) {

    public Token {
        chunks = List.copyOf(chunks);
    }

    static Token of(TokenType type, String text, SourcePosition position) {
        return new Token(type, text, position, List.of());
    }

    /** The token as named in error messages. */
    public String describe() {
        return switch (type) {
            case IDENT -> "identifier \"" + text + "\"";
            case NUMBER -> "number " + text;
            default -> type.description();
        };
    }

    /** A piece of a string or heredoc template as lexed. */
    public sealed interface TemplateChunk {
    }

    /** Literal text, escapes already resolved. */
    public record TextChunk(String text, SourcePosition position) implements TemplateChunk {
    }

    /** The tokens of one {@code ${ … }} interpolation, ending with an EOF token at the closing brace. */
    public record InterpolationChunk(List<Token> tokens, SourcePosition position) implements TemplateChunk {

        public InterpolationChunk {
            tokens = List.copyOf(tokens);
        }
    }
}
