package io.provctl.config.eval;

import io.provctl.model.SourcePosition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The few functions provctl expressions may call; {@code env} is handled where credentials are read. */
final class Functions {

    private Functions() {
    }

    static Value call(String name, List<Value> args, SourcePosition at) {
        for (Value a : args) {
            if (a instanceof Value.Unknown) {
                return a;
            }
        }
        return switch (name) {
            case "upper" -> new Value.Str(one(name, args, at).toUpperCase(Locale.ROOT));
            case "lower" -> new Value.Str(one(name, args, at).toLowerCase(Locale.ROOT));
            case "min", "max" -> extreme(name, args, at);
            case "env" -> throw new EvalException(at, "env() may only name a credential inside a provider"
                    + " block's credentials; expected a literal value here");
            default -> throw new EvalException(at, "unknown function \"" + name
                    + "\"; expected one of upper, lower, min, max");
        };
    }

    private static String one(String name, List<Value> args, SourcePosition at) {
        if (args.size() != 1) {
            throw new EvalException(at, name + "() expected 1 argument, found " + args.size());
        }
        return Conversions.toText(args.get(0), at);
    }

    private static Value extreme(String name, List<Value> args, SourcePosition at) {
        if (args.isEmpty()) {
            throw new EvalException(at, name + "() expected at least 1 argument, found none");
        }
        BigDecimal best = Conversions.toNumber(args.get(0), at);
        for (Value v : args.subList(1, args.size())) {
            BigDecimal n = Conversions.toNumber(v, at);
            best = name.equals("min") ? best.min(n) : best.max(n);
        }
        return new Value.Num(best);
    }
}
