package io.provctl.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.provctl.config.hcl.Ast;
import io.provctl.config.hcl.HclParser;
import io.provctl.config.hcl.HclSyntaxException;
import io.provctl.model.SourcePosition;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML into HCL expressions, token by token so every value keeps its line and column. Strings
 * are read as templates, so {@code "${var.region}"} works in YAML as in HCL.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final JsonParser parser;
    private final String file;

    private YamlReader(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /** The document as an expression; an empty document is an empty object. */
    static Ast.Expr read(String content, String file) {
        try (JsonParser p = FACTORY.createParser(content)) {
            YamlReader r = new YamlReader(p, file);
            JsonToken first = p.nextToken();
            return first == null ? new Ast.ObjectExpr(List.of(), new SourcePosition(file, 1, 1)) : r.value();
        } catch (IOException e) {
            throw new HclSyntaxException(position(e, file), "expected valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private Ast.Expr value() throws IOException {
        SourcePosition at = here();
        JsonToken t = parser.currentToken();
        return switch (t) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> array(at);
            case VALUE_STRING -> HclParser.parseTemplate(parser.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Ast.NumberLit(number(), at);
            case VALUE_TRUE -> new Ast.BoolLit(true, at);
            case VALUE_FALSE -> new Ast.BoolLit(false, at);
            case VALUE_NULL -> new Ast.NullLit(at);
            default -> throw new HclSyntaxException(at, "expected a YAML value, found " + t);
        };
    }

    private BigDecimal number() throws IOException {
        try {
            return new BigDecimal(parser.getText());
        } catch (NumberFormatException e) {
            return parser.getDecimalValue();
        }
    }

    private Ast.Expr object(SourcePosition at) throws IOException {
        List<Ast.ObjectItem> items = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            SourcePosition keyAt = here();
            String key = parser.currentName();
            parser.nextToken();
            items.add(new Ast.ObjectItem(new Ast.NameKey(key), value(), keyAt));
        }
        return new Ast.ObjectExpr(items, at);
    }

    private Ast.Expr array(SourcePosition at) throws IOException {
        List<Ast.Expr> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return new Ast.TupleExpr(items, at);
    }

    private SourcePosition here() {
        JsonLocation l = parser.currentTokenLocation();
        return new SourcePosition(file, l.getLineNr(), l.getColumnNr());
    }

    private static SourcePosition position(IOException e, String file) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return new SourcePosition(file, j.getLocation().getLineNr(), j.getLocation().getColumnNr());
        }
        return SourcePosition.unknown(file);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
