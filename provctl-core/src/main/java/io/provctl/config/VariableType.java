package io.provctl.config;

import io.provctl.config.eval.Conversions;
import io.provctl.config.eval.EvalException;
import io.provctl.config.eval.Value;
import io.provctl.config.hcl.Ast;
import io.provctl.model.SourcePosition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The {@code type} of a variable: written {@code type = string} or {@code type = "string"}. */
enum VariableType {
    STRING, NUMBER, BOOL, LIST, MAP, ANY;

    /** The type an expression names, such as {@code string}, {@code "number"} or {@code list(string)}. */
    static Optional<VariableType> of(Ast.Expr expr) {
        String name;
        if (expr instanceof Ast.Variable v) {
            name = v.name();
        } else if (expr instanceof Ast.Call c) {
            name = c.function();
        } else if (expr instanceof Ast.Template t && t.literal().isPresent()) {
            name = t.literal().get();
        } else {
            return Optional.empty();
        }
        String n = name.equals("tuple") || name.equals("set") ? "list" : name.equals("object") ? "map" : name;
        return Arrays.stream(values()).filter(t -> t.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    Value convert(Value v, SourcePosition at) {
        if (v instanceof Value.Unknown || v instanceof Value.Null) {
            return v;
        }
        return switch (this) {
            case STRING -> new Value.Str(Conversions.toText(v, at));
            case NUMBER -> new Value.Num(Conversions.toNumber(v, at));
            case BOOL -> new Value.Bool(Conversions.toBool(v, at));
            case LIST -> expect(v instanceof Value.ListVal, v, at);
            case MAP -> expect(v instanceof Value.MapVal, v, at);
            case ANY -> v;
        };
    }

    private Value expect(boolean ok, Value v, SourcePosition at) {
        if (!ok) {
            throw new EvalException(at, "expected a " + name().toLowerCase(Locale.ROOT) + ", found " + v.typeName());
        }
        return v;
    }
}
