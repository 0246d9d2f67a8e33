package io.provctl.config.eval;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An evaluated value. {@link Unknown} stands for something only known after apply. */
public sealed interface Value {

    /** The type name used in "expected …, found …" messages. */
    String typeName();

    record Str(String value) implements Value {
        public String typeName() {
            return "string";
        }
    }

    record Num(BigDecimal value) implements Value {
        public String typeName() {
            return "number";
        }
    }

    record Bool(boolean value) implements Value {
        public String typeName() {
            return "bool";
        }
    }

    record Null() implements Value {
        public String typeName() {
            return "null";
        }
    }

    record ListVal(List<Value> items) implements Value {
        public ListVal {
            items = List.copyOf(items);
        }

        public String typeName() {
            return "list";
        }
    }

    record MapVal(Map<String, Value> entries) implements Value {
        public MapVal {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String typeName() {
            return "map";
        }
    }

    /** A value that exists only once something is applied; {@code what} names it for messages. */
    record Unknown(String what) implements Value {
        public String typeName() {
            return "unknown value";
        }
    }
}
