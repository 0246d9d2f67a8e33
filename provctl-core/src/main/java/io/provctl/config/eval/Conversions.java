package io.provctl.config.eval;

import io.provctl.model.SourcePosition;

import java.math.BigDecimal;

/** Terraform-like conversions between primitive values: "3" is a number, 3 is the string "3". */
public final class Conversions {

    private Conversions() {
    }

    public static String toText(Value v, SourcePosition at) {
        if (v instanceof Value.Str s) {
            return s.value();
        } else if (v instanceof Value.Num n) {
            return plain(n.value());
        } else if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        throw mismatch("string", v, at);
    }

    public static BigDecimal toNumber(Value v, SourcePosition at) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Str s) {
            try {
                return new BigDecimal(s.value().strip());
            } catch (NumberFormatException e) {
                throw new EvalException(at, "expected a number, found string \"" + s.value() + "\"");
            }
        }
        throw mismatch("number", v, at);
    }

    public static int toInt(Value v, SourcePosition at) {
        BigDecimal d = toNumber(v, at);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new EvalException(at, "expected a whole number, found " + plain(d));
        }
    }

    public static boolean toBool(Value v, SourcePosition at) {
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return Boolean.parseBoolean(s.value());
        }
        throw mismatch("bool", v, at);
    }

    public static EvalException mismatch(String expected, Value found, SourcePosition at) {
        if (found instanceof Value.Unknown u) {
            return new EvalException(at, "expected a " + expected + " known before apply, found " + u.what()
                    + " (known only after apply)");
        }
        return new EvalException(at, "expected a " + expected + ", found " + found.typeName());
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
