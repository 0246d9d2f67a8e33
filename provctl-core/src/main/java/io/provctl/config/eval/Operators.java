package io.provctl.config.eval;

import io.provctl.model.SourcePosition;

import java.math.BigDecimal;
import java.math.MathContext;

/** Unary and binary operators over exact decimals, strings and bools. */
final class Operators {

    private Operators() {
    }

    static Value unary(String op, Value v, SourcePosition at) {
        if (v instanceof Value.Unknown) {
            return v;
        }
        return op.equals("!") ? new Value.Bool(!Conversions.toBool(v, at))
                : new Value.Num(Conversions.toNumber(v, at).negate());
    }

    static Value binary(String op, Value l, Value r, SourcePosition at) {
        if (l instanceof Value.Unknown) {
            return l;
        }
        if (r instanceof Value.Unknown) {
            return r;
        }
        return switch (op) {
            case "||" -> new Value.Bool(Conversions.toBool(l, at) || Conversions.toBool(r, at));
            case "&&" -> new Value.Bool(Conversions.toBool(l, at) && Conversions.toBool(r, at));
            case "==" -> new Value.Bool(same(l, r));
            case "!=" -> new Value.Bool(!same(l, r));
            case "<", ">", "<=", ">=" -> compare(op, Conversions.toNumber(l, at), Conversions.toNumber(r, at));
            default -> new Value.Num(arithmetic(op, Conversions.toNumber(l, at), Conversions.toNumber(r, at), at));
        };
    }

    private static boolean same(Value l, Value r) {
        if (l instanceof Value.Num a && r instanceof Value.Num b) {
            return a.value().compareTo(b.value()) == 0;
        }
        return l.equals(r);
    }

    private static Value compare(String op, BigDecimal a, BigDecimal b) {
        int c = a.compareTo(b);
        return new Value.Bool(switch (op) {
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        });
    }

    private static BigDecimal arithmetic(String op, BigDecimal a, BigDecimal b, SourcePosition at) {
        if ((op.equals("/") || op.equals("%")) && b.signum() == 0) {
            throw new EvalException(at, "division by zero; expected a non-zero divisor");
        }
        return switch (op) {
            case "+" -> a.add(b);
            case "-" -> a.subtract(b);
            case "*" -> a.multiply(b);
            case "/" -> a.divide(b, MathContext.DECIMAL128);
            default -> a.remainder(b);
        };
    }
}
