package io.provctl.config.hcl;

import io.provctl.config.hcl.Ast.Attribute;
import io.provctl.config.hcl.Ast.Block;
import io.provctl.config.hcl.Ast.Body;
import io.provctl.config.hcl.Ast.BodyItem;
import io.provctl.config.hcl.Ast.Expr;
import io.provctl.config.hcl.Ast.Label;
import io.provctl.config.hcl.Ast.Template;
import io.provctl.config.hcl.Ast.TemplatePart;
import io.provctl.config.hcl.Token.InterpolationChunk;
import io.provctl.config.hcl.Token.TemplateChunk;
import io.provctl.config.hcl.Token.TextChunk;
import io.provctl.model.SourcePosition;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser for HCL native syntax. Newlines end attributes in bodies and separate
 * object items, but are ignored inside parentheses, brackets and interpolations, as in HCL itself.
 */
public final class HclParser {

    private final List<Token> tokens;
    private final Deque<Boolean> newlinesMatter = new ArrayDeque<>();
    private int pos;

    private HclParser(List<Token> tokens, boolean newlinesMatter) {
        this.tokens = tokens;
        this.newlinesMatter.push(newlinesMatter);
    }

    /** Parses a whole file. */
    public static Body parseFile(String source, String file) {
        HclParser p = new HclParser(new Lexer(source, file).tokenize(), true);
        Body body = p.body(new SourcePosition(file, 1, 1));
        p.expect(TokenType.EOF, "an attribute or a block");
        return body;
    }

    /** Parses a template given without quotes (a YAML string), interpolations included. */
    public static Template parseTemplate(String text, SourcePosition at) {
        List<TemplateChunk> chunks = Lexer.at(text, at).tokenizeTemplate();
        return template(chunks, at);
    }

    /** Parses one expression, such as the value of {@code -var name=value}. */
    public static Expr parseExpression(String source, String file) {
        HclParser p = new HclParser(new Lexer(source, file).tokenize(), false);
        Expr e = p.expression();
        p.expect(TokenType.EOF, "end of the expression");
        return e;
    }

    // ---- bodies -------------------------------------------------------------------------------

    private Body body(SourcePosition at) {
        newlinesMatter.push(true);
        List<BodyItem> items = new ArrayList<>();
        while (true) {
            skipNewlines();
            if (check(TokenType.EOF) || check(TokenType.RBRACE)) {
                break;
            }
            items.add(bodyItem());
            if (!check(TokenType.RBRACE) && !check(TokenType.EOF)) {
                expect(TokenType.NEWLINE, "a newline after the attribute or block");
            }
        }
        newlinesMatter.pop();
        return new Body(items, at);
    }

    private BodyItem bodyItem() {
        Token name = expect(TokenType.IDENT, "an attribute name or a block type");
        if (check(TokenType.EQUAL)) {
            next();
            return new Attribute(name.text(), expression(), name.position());
        }
        List<Label> labels = new ArrayList<>();
        while (check(TokenType.STRING) || check(TokenType.IDENT)) {
            labels.add(label(next()));
        }
        Token open = expect(TokenType.LBRACE, "\"=\" or a block label or \"{\" after \"" + name.text() + "\"");
        Body body = body(open.position());
        closing(TokenType.RBRACE, open, "block");
        return new Block(name.text(), labels, body, name.position());
    }

    private Label label(Token t) {
        if (t.type() == TokenType.IDENT) {
            return new Label(t.text(), t.position());
        }
        return template(t.chunks(), t.position()).literal()
                .map(s -> new Label(s, t.position()))
                .orElseThrow(() -> new HclSyntaxException(t.position(),
                        "expected a literal block label, found a string with interpolation"));
    }

    // ---- expressions --------------------------------------------------------------------------

    private Expr expression() {
        Expr cond = binary(0);
        if (!check(TokenType.QUESTION)) {
            return cond;
        }
        next();
        Expr whenTrue = expression();
        expect(TokenType.COLON, "\":\" in the conditional expression");
        Expr whenFalse = expression();
        return new Ast.Conditional(cond, whenTrue, whenFalse, cond.position());
    }

    /** Binary operators from lowest to highest precedence, as in the HCL specification. */
    private static final List<List<TokenType>> LEVELS = List.of(
            List.of(TokenType.OR),
            List.of(TokenType.AND),
            List.of(TokenType.EQ, TokenType.NE),
            List.of(TokenType.LT, TokenType.GT, TokenType.LE, TokenType.GE),
            List.of(TokenType.PLUS, TokenType.MINUS),
            List.of(TokenType.STAR, TokenType.SLASH, TokenType.PERCENT));

    private Expr binary(int level) {
        if (level == LEVELS.size()) {
            return unary();
        }
        Expr left = binary(level + 1);
        while (LEVELS.get(level).contains(peek().type())) {
            Token op = next();
            Expr right = binary(level + 1);
            left = new Ast.Binary(op.text(), left, right, op.position());
        }
        return left;
    }

    private Expr unary() {
        if (check(TokenType.BANG) || check(TokenType.MINUS)) {
            Token op = next();
            return new Ast.Unary(op.text(), unary(), op.position());
        }
        return postfix(primary());
    }

    private Expr postfix(Expr target) {
        Expr e = target;
        while (true) {
            if (check(TokenType.DOT)) {
                e = attributeAccess(e, next());
            } else if (check(TokenType.LBRACK)) {
                e = indexAccess(e, next());
            } else {
                return e;
            }
        }
    }

    private Expr attributeAccess(Expr target, Token dot) {
        Token t = next();
        return switch (t.type()) {
            case IDENT -> new Ast.GetAttr(target, t.text(), t.position());
            case NUMBER -> new Ast.Index(target, new Ast.NumberLit(new BigDecimal(t.text()),
                    t.position()), t.position());
            case STAR -> new Ast.Splat(target, dot.position());
            default -> throw expected(t, "an attribute name after \".\"");
        };
    }

    private Expr indexAccess(Expr target, Token open) {
        newlinesMatter.push(false);
        Expr result;
        if (check(TokenType.STAR)) {
            next();
            result = new Ast.Splat(target, open.position());
        } else {
            result = new Ast.Index(target, expression(), open.position());
        }
        closing(TokenType.RBRACK, open, "index");
        newlinesMatter.pop();
        return result;
    }

    private Expr primary() {
        Token t = peek();
        return switch (t.type()) {
            case NUMBER -> new Ast.NumberLit(new BigDecimal(next().text()), t.position());
            case STRING, HEREDOC -> template(next().chunks(), t.position());
            case IDENT -> identifierExpression(next());
            case LPAREN -> parenthesised(next());
            case LBRACK -> tupleOrFor(next());
            case LBRACE -> objectOrFor(next());
            default -> throw expected(t, "an expression");
        };
    }

    private Expr identifierExpression(Token name) {
        switch (name.text()) {
            case "true":
                return new Ast.BoolLit(true, name.position());
            case "false":
                return new Ast.BoolLit(false, name.position());
            case "null":
                return new Ast.NullLit(name.position());
            default:
                break;
        }
        if (check(TokenType.LPAREN)) {
            return call(name, next());
        }
        return new Ast.Variable(name.text(), name.position());
    }

    private Expr call(Token name, Token open) {
        newlinesMatter.push(false);
        List<Expr> args = new ArrayList<>();
        boolean expand = false;
        while (!check(TokenType.RPAREN)) {
            args.add(expression());
            if (check(TokenType.ELLIPSIS)) {
                next();
                expand = true;
                break;
            }
            if (!check(TokenType.COMMA)) {
                break;
            }
            next();
        }
        closing(TokenType.RPAREN, open, "function call");
        newlinesMatter.pop();
        return new Ast.Call(name.text(), args, expand, name.position());
    }

    private Expr parenthesised(Token open) {
        newlinesMatter.push(false);
        Expr inner = expression();
        closing(TokenType.RPAREN, open, "parenthesis");
        newlinesMatter.pop();
        return inner;
    }

    private Expr tupleOrFor(Token open) {
        newlinesMatter.push(false);
        Expr result = isForKeyword() ? forExpression(open, false) : tuple(open);
        newlinesMatter.pop();
        return result;
    }

    private Expr tuple(Token open) {
        List<Expr> items = new ArrayList<>();
        while (!check(TokenType.RBRACK)) {
            items.add(expression());
            if (!check(TokenType.COMMA)) {
                break;
            }
            next();
        }
        closing(TokenType.RBRACK, open, "list");
        return new Ast.TupleExpr(items, open.position());
    }

    private Expr objectOrFor(Token open) {
        newlinesMatter.push(false);
        if (isForKeyword()) {
            Expr e = forExpression(open, true);
            newlinesMatter.pop();
            return e;
        }
        newlinesMatter.pop();
        newlinesMatter.push(true);
        List<Ast.ObjectItem> items = new ArrayList<>();
        while (true) {
            skipNewlines();
            if (check(TokenType.RBRACE)) {
                break;
            }
            items.add(objectItem());
            if (check(TokenType.COMMA) || check(TokenType.NEWLINE)) {
                next();
            } else if (!check(TokenType.RBRACE)) {
                throw expected(peek(), "\",\", a newline or \"}\" after the object item");
            }
        }
        closing(TokenType.RBRACE, open, "object");
        newlinesMatter.pop();
        return new Ast.ObjectExpr(items, open.position());
    }

    private Ast.ObjectItem objectItem() {
        Token first = peek();
        Ast.ObjectKey key;
        if (first.type() == TokenType.IDENT && (peekAt(1).type() == TokenType.EQUAL
                || peekAt(1).type() == TokenType.COLON)) {
            key = new Ast.NameKey(next().text());
        } else {
            key = new Ast.ExprKey(expression());
        }
        if (!check(TokenType.EQUAL) && !check(TokenType.COLON)) {
            throw expected(peek(), "\"=\" or \":\" after the object key");
        }
        next();
        return new Ast.ObjectItem(key, expression(), first.position());
    }

    private boolean isForKeyword() {
        return peek().type() == TokenType.IDENT && peek().text().equals("for")
                && peekAt(1).type() == TokenType.IDENT;
    }

    private Expr forExpression(Token open, boolean object) {
        next();
        Token first = expect(TokenType.IDENT, "a variable name after \"for\"");
        Optional<String> keyVar = Optional.empty();
        String valueVar = first.text();
        if (check(TokenType.COMMA)) {
            next();
            keyVar = Optional.of(valueVar);
            valueVar = expect(TokenType.IDENT, "a value variable name after \",\"").text();
        }
        Token in = expect(TokenType.IDENT, "\"in\"");
        if (!in.text().equals("in")) {
            throw expected(in, "\"in\"");
        }
        Expr collection = expression();
        expect(TokenType.COLON, "\":\" after the for collection");
        Optional<Expr> keyExpr = Optional.empty();
        Expr value = expression();
        if (object) {
            expect(TokenType.FAT_ARROW, "\"=>\" in the object for expression");
            keyExpr = Optional.of(value);
            value = expression();
        }
        boolean grouping = false;
        if (object && check(TokenType.ELLIPSIS)) {
            next();
            grouping = true;
        }
        Optional<Expr> condition = Optional.empty();
        if (check(TokenType.IDENT) && peek().text().equals("if")) {
            next();
            condition = Optional.of(expression());
        }
        closing(object ? TokenType.RBRACE : TokenType.RBRACK, open, "for expression");
        return new Ast.ForExpr(keyVar, valueVar, collection, keyExpr, value, grouping, condition,
                open.position());
    }

    // ---- templates ----------------------------------------------------------------------------

    private static Template template(List<TemplateChunk> chunks, SourcePosition at) {
        List<TemplatePart> parts = new ArrayList<>();
        for (TemplateChunk c : chunks) {
            if (c instanceof TextChunk t) {
                parts.add(new Ast.Text(t.text()));
            } else if (c instanceof InterpolationChunk i) {
                parts.add(new Ast.Interpolation(interpolation(i)));
            }
        }
        return new Template(parts, at);
    }

    private static Expr interpolation(InterpolationChunk chunk) {
        HclParser p = new HclParser(chunk.tokens(), false);
        Expr e = p.expression();
        p.expect(TokenType.EOF, "\"}\" to close the interpolation");
        return e;
    }

    // ---- token helpers ------------------------------------------------------------------------

    private Token peek() {
        if (!newlinesMatter.peek()) {
            while (tokens.get(pos).type() == TokenType.NEWLINE) {
                pos++;
            }
        }
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        peek();
        int i = pos;
        int seen = 0;
        while (i < tokens.size() - 1) {
            i++;
            if (newlinesMatter.peek() || tokens.get(i).type() != TokenType.NEWLINE) {
                if (++seen == ahead) {
                    return tokens.get(i);
                }
            }
        }
        return tokens.get(tokens.size() - 1);
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token next() {
        Token t = peek();
        if (t.type() != TokenType.EOF) {
            pos++;
        }
        return t;
    }

    private void skipNewlines() {
        while (tokens.get(pos).type() == TokenType.NEWLINE) {
            pos++;
        }
    }

    private Token expect(TokenType type, String what) {
        if (!check(type)) {
            throw expected(peek(), what);
        }
        return next();
    }

    private void closing(TokenType type, Token open, String construct) {
        if (!check(type)) {
            throw expected(peek(), type.description() + " to close the " + construct + " opened at "
                    + open.position().line() + ":" + open.position().column());
        }
        next();
    }

    private static HclSyntaxException expected(Token found, String what) {
        return new HclSyntaxException(found.position(), "expected " + what + ", found " + found.describe());
    }
}
