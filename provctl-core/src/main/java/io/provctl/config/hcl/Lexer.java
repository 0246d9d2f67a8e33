package io.provctl.config.hcl;

import io.provctl.config.hcl.Token.InterpolationChunk;
import io.provctl.config.hcl.Token.TemplateChunk;
import io.provctl.config.hcl.Token.TextChunk;
import io.provctl.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns HCL native syntax into tokens. Templates are lexed here too: the tokens of each
 * {@code ${ … }} are lexed recursively, so braces inside nested strings never confuse the nesting.
 */
public final class Lexer {

    private final String src;
    private final String file;
    private final int columnOffset;
    private int pos;
    private int line;
    private int column;

    public Lexer(String src, String file) {
        this(src, file, 1, 0);
    }

    /** A lexer for text embedded at {@code start} (a YAML scalar), so positions point into that file. */
    public static Lexer at(String src, SourcePosition start) {
        return new Lexer(src, start.file(), Math.max(1, start.line()), Math.max(0, start.column() - 1));
    }

    private Lexer(String src, String file, int firstLine, int columnOffset) {
        this.src = src;
        this.file = file;
        this.columnOffset = columnOffset;
        this.line = firstLine;
        this.column = 1 + columnOffset;
    }

    /** All tokens of a file, ending with EOF. */
    public List<Token> tokenize() {
        return lexTokens(Optional.empty());
    }

    /** Lexes a bare template (a YAML string that may contain {@code ${…}}) into chunks. */
    public List<TemplateChunk> tokenizeTemplate() {
        return lexTemplate(false);
    }

    private SourcePosition here() {
        return new SourcePosition(file, line, column);
    }

    private boolean atEnd() {
        return pos >= src.length();
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private char advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1 + columnOffset;
        } else {
            column++;
        }
        return c;
    }

    private boolean startsWith(String s) {
        return src.startsWith(s, pos);
    }

    /** Lexes until EOF, or until the brace closing the interpolation opened at {@code interpolation}. */
    private List<Token> lexTokens(Optional<SourcePosition> interpolation) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        while (true) {
            skipBlanksAndComments();
            SourcePosition at = here();
            if (atEnd()) {
                if (interpolation.isPresent()) {
                    throw new HclSyntaxException(at, "expected \"}\" to close the interpolation opened at "
                            + interpolation.get().line() + ":" + interpolation.get().column() + ", found end of file");
                }
                out.add(Token.of(TokenType.EOF, "", at));
                return out;
            }
            char c = peek(0);
            if (interpolation.isPresent() && depth == 0 && (c == '}' || (c == '~' && peek(1) == '}'))) {
                if (c == '~') {
                    advance();
                }
                out.add(Token.of(TokenType.EOF, "}", here()));
                advance();
                return out;
            }
            Token t = next(at);
            if (t.type() == TokenType.LBRACE) {
                depth++;
            } else if (t.type() == TokenType.RBRACE) {
                depth--;
            }
            out.add(t);
        }
    }

    private void skipBlanksAndComments() {
        while (!atEnd()) {
            char c = peek(0);
            if (c == ' ' || c == '\t' || c == '\r') {
                advance();
            } else if (c == '#' || (c == '/' && peek(1) == '/')) {
                while (!atEnd() && peek(0) != '\n') {
                    advance();
                }
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        SourcePosition start = here();
        advance();
        advance();
        while (!startsWith("*/")) {
            if (atEnd()) {
                throw new HclSyntaxException(start, "expected \"*/\" to close the comment, found end of file");
            }
            advance();
        }
        advance();
        advance();
    }

    private Token next(SourcePosition at) {
        char c = peek(0);
        if (c == '\n') {
            advance();
            return Token.of(TokenType.NEWLINE, "\n", at);
        }
        if (Character.isLetter(c) || c == '_') {
            return identifier(at);
        }
        if (Character.isDigit(c)) {
            return number(at);
        }
        if (c == '"') {
            advance();
            return new Token(TokenType.STRING, "", at, lexTemplate(true));
        }
        if (startsWith("<<") && (Character.isLetter(peek(2)) || (peek(2) == '-' && Character.isLetter(peek(3))))) {
            return heredoc(at);
        }
        return punctuation(at);
    }

    private Token identifier(SourcePosition at) {
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_' || peek(0) == '-')) {
            advance();
        }
        return Token.of(TokenType.IDENT, src.substring(start, pos), at);
    }

    private Token number(SourcePosition at) {
        int start = pos;
        skipDigits();
        if (peek(0) == '.' && Character.isDigit(peek(1))) {
            advance();
            skipDigits();
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
            advance();
            advance();
            skipDigits();
        }
        return Token.of(TokenType.NUMBER, src.substring(start, pos), at);
    }

    private void skipDigits() {
        while (Character.isDigit(peek(0))) {
            advance();
        }
    }

    /** Longest operators first, so "==" is never read as "=" "=". */
    private static final List<Map.Entry<String, TokenType>> OPERATORS = List.of(
            Map.entry("...", TokenType.ELLIPSIS), Map.entry("=>", TokenType.FAT_ARROW),
            Map.entry("==", TokenType.EQ), Map.entry("!=", TokenType.NE), Map.entry("<=", TokenType.LE),
            Map.entry(">=", TokenType.GE), Map.entry("&&", TokenType.AND), Map.entry("||", TokenType.OR),
            Map.entry("{", TokenType.LBRACE), Map.entry("}", TokenType.RBRACE), Map.entry("[", TokenType.LBRACK),
            Map.entry("]", TokenType.RBRACK), Map.entry("(", TokenType.LPAREN), Map.entry(")", TokenType.RPAREN),
            Map.entry("=", TokenType.EQUAL), Map.entry(":", TokenType.COLON), Map.entry(",", TokenType.COMMA),
            Map.entry(".", TokenType.DOT), Map.entry("?", TokenType.QUESTION), Map.entry("<", TokenType.LT),
            Map.entry(">", TokenType.GT), Map.entry("!", TokenType.BANG), Map.entry("+", TokenType.PLUS),
            Map.entry("-", TokenType.MINUS), Map.entry("*", TokenType.STAR), Map.entry("/", TokenType.SLASH),
            Map.entry("%", TokenType.PERCENT));

    private Token punctuation(SourcePosition at) {
        for (Map.Entry<String, TokenType> op : OPERATORS) {
            if (startsWith(op.getKey())) {
                for (int i = 0; i < op.getKey().length(); i++) {
                    advance();
                }
                return Token.of(op.getValue(), op.getKey(), at);
            }
        }
        throw new HclSyntaxException(at, "expected an attribute, block or expression, found unexpected character '"
                + peek(0) + "'");
    }

    /** Lexes template text up to the closing quote (quoted) or the end of input (heredoc body, YAML). */
    private List<TemplateChunk> lexTemplate(boolean quoted) {
        SourcePosition start = new SourcePosition(file, line, column - (quoted ? 1 : 0));
        List<TemplateChunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        SourcePosition textStart = here();
        while (true) {
            if (atEnd() || (quoted && peek(0) == '\n')) {
                if (quoted) {
                    throw new HclSyntaxException(start, "expected a closing quote for the string started here,"
                            + " found " + (atEnd() ? "end of file" : "end of line"));
                }
                break;
            }
            char c = peek(0);
            if (quoted && c == '"') {
                advance();
                break;
            }
            if (startsWith("$${") || startsWith("%%{")) {
                text.append(advance());
                advance();
                text.append(advance());
            } else if (startsWith("${")) {
                flush(chunks, text, textStart);
                chunks.add(interpolation());
                textStart = here();
            } else if (startsWith("%{")) {
                throw new HclSyntaxException(here(), "template directives (%{ … }) are not supported;"
                        + " expected plain text or ${ … } interpolation (write %%{ for a literal %{)");
            } else if (quoted && c == '\\') {
                text.append(escape());
            } else {
                text.append(advance());
            }
        }
        flush(chunks, text, textStart);
        return chunks;
    }

    private static void flush(List<TemplateChunk> chunks, StringBuilder text, SourcePosition at) {
        if (!text.isEmpty()) {
            chunks.add(new TextChunk(text.toString(), at));
            text.setLength(0);
        }
    }

    private InterpolationChunk interpolation() {
        SourcePosition at = here();
        advance();
        advance();
        if (peek(0) == '~') {
            advance();
        }
        return new InterpolationChunk(lexTokens(Optional.of(at)), at);
    }

    private String escape() {
        SourcePosition at = here();
        advance();
        if (atEnd()) {
            throw new HclSyntaxException(at, "expected an escape sequence after \\, found end of file");
        }
        char c = advance();
        return switch (c) {
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'u' -> unicode(at, 4);
            case 'U' -> unicode(at, 8);
            default -> throw new HclSyntaxException(at, "expected an escape sequence (\\n, \\r, \\t, \\\", \\\\,"
                    + " \\uNNNN or \\UNNNNNNNN), found \\" + c);
        };
    }

    private String unicode(SourcePosition at, int digits) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            char h = peek(0);
            if (Character.digit(h, 16) < 0) {
                throw new HclSyntaxException(at, "expected " + digits + " hexadecimal digits in unicode escape");
            }
            hex.append(advance());
        }
        return new String(Character.toChars(Integer.parseInt(hex.toString(), 16)));
    }

    private Token heredoc(SourcePosition at) {
        advance();
        advance();
        boolean indented = peek(0) == '-';
        if (indented) {
            advance();
        }
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_' || peek(0) == '-')) {
            advance();
        }
        String marker = src.substring(start, pos);
        while (peek(0) == ' ' || peek(0) == '\t' || peek(0) == '\r') {
            advance();
        }
        if (peek(0) != '\n') {
            throw new HclSyntaxException(here(), "expected a newline after heredoc marker " + marker);
        }
        advance();
        return heredocBody(at, marker, indented);
    }

    private Token heredocBody(SourcePosition at, String marker, boolean indented) {
        int firstLine = line;
        List<String> lines = new ArrayList<>();
        while (true) {
            if (atEnd()) {
                throw new HclSyntaxException(at, "expected a line containing only " + marker
                        + " to end the heredoc started here, found end of file");
            }
            int start = pos;
            while (!atEnd() && peek(0) != '\n') {
                advance();
            }
            String raw = src.substring(start, pos);
            if (raw.strip().equals(marker)) {
                break;
            }
            lines.add(raw);
            if (!atEnd()) {
                advance();
            }
        }
        int indent = indented ? commonIndent(lines) : 0;
        StringBuilder body = new StringBuilder();
        for (String l : lines) {
            body.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n');
        }
        Lexer inner = new Lexer(body.toString(), file, firstLine, indent);
        return new Token(TokenType.HEREDOC, marker, at, inner.lexTemplate(false));
    }

    private static int commonIndent(List<String> lines) {
        int min = Integer.MAX_VALUE;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            int n = 0;
            while (n < l.length() && (l.charAt(n) == ' ' || l.charAt(n) == '\t')) {
                n++;
            }
            min = Math.min(min, n);
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }
}
