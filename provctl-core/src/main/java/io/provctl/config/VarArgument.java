package io.provctl.config;

import io.provctl.model.SourcePosition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code -var name=value} command-line argument. */
public record VarArgument(String name, String value) {

    /** Splits at the first '=', so values may contain '='. */
    public static VarArgument parse(String argument) throws ConfigException {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException(List.of(new Diagnostic(SourcePosition.unknown("-var " + argument),
                    "expected name=value")));
        }
        return new VarArgument(argument.substring(0, eq).strip(), argument.substring(eq + 1));
    }

    /** Parses several arguments into the map {@link ConfigLoader#load} takes; later ones win. */
    public static Map<String, String> parseAll(List<String> arguments) throws ConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : arguments) {
            VarArgument v = parse(a);
            out.put(v.name(), v.value());
        }
        return out;
    }
}
