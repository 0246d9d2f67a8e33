package io.provctl.config;

import io.provctl.config.eval.Conversions;
import io.provctl.config.eval.EvalException;
import io.provctl.config.eval.Evaluator;
import io.provctl.config.eval.Value;
import io.provctl.config.hcl.Ast;
import io.provctl.model.Attributes;
import io.provctl.model.SourcePosition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads one block body against a schema that is declared by asking for names: every attribute or
 * block asked for becomes a known name, and {@link #finish()} reports everything else as unknown
 * with the nearest known name. Conversion errors are recorded, never thrown.
 */
final class BodyReader {

    private final Ast.Body body;
    private final String where;
    private final SourcePosition owner;
    private final Evaluator evaluator;
    private final Diagnostics diagnostics;
    private final Set<String> attributeNames = new LinkedHashSet<>();
    private final Set<String> blockNames = new LinkedHashSet<>();
    private final Set<String> failed = new LinkedHashSet<>();

    /** {@code where} names the block in messages, e.g. {@code pool "general"}. */
    BodyReader(Ast.Body body, String where, SourcePosition owner, Evaluator evaluator, Diagnostics diagnostics) {
        this.body = body;
        this.where = where;
        this.owner = owner;
        this.evaluator = evaluator;
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    // ---- attributes ---------------------------------------------------------------------------

    Optional<Ast.Attribute> attribute(String name) {
        attributeNames.add(name);
        for (Ast.BodyItem item : body.items()) {
            if (item instanceof Ast.Attribute a && a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        for (Ast.Block b : body.blocks()) {
            if (b.name().equals(name)) {
                diagnostics.add(b.position(), "\"" + name + "\" is an attribute; expected " + name + " = …");
            }
        }
        return Optional.empty();
    }

    /** Attributes whose names this body accepts by rule rather than by list (e.g. {@code *_env}). */
    List<Ast.Attribute> attributesMatching(java.util.function.Predicate<String> accept) {
        List<Ast.Attribute> out = new ArrayList<>();
        for (Ast.Attribute a : body.attributes()) {
            if (accept.test(a.name())) {
                attributeNames.add(a.name());
                out.add(a);
            }
        }
        return out;
    }

    Optional<String> string(String name) {
        return convert(name, Conversions::toText);
    }

    /**
     * A string that must be written as one: a number would lose its trailing zeros on the way to
     * text (1.30 becomes 1.3), which matters for versions.
     */
    Optional<String> quotedString(String name) {
        return convert(name, (v, at) -> {
            if (v instanceof Value.Num n) {
                throw new EvalException(at, "expected a quoted string such as \"" + n.value().toPlainString()
                        + "\", found number");
            }
            return Conversions.toText(v, at);
        });
    }

    Optional<BigDecimal> number(String name) {
        return convert(name, Conversions::toNumber);
    }

    Optional<Integer> integer(String name) {
        return convert(name, Conversions::toInt);
    }

    Optional<Boolean> bool(String name) {
        return convert(name, Conversions::toBool);
    }

    Optional<List<String>> stringList(String name) {
        return convert(name, BodyReader::toStringList);
    }

    Optional<Map<String, String>> stringMap(String name) {
        return convert(name, (v, at) -> {
            Map<String, String> out = new LinkedHashMap<>();
            toMap(v, at).forEach((k, item) -> out.put(k, Conversions.toText(item, at)));
            return out;
        });
    }

    /** A map whose values are strings, numbers or bools, in canonical form. */
    Optional<Map<String, Object>> primitiveMap(String name) {
        return convert(name, (v, at) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            toMap(v, at).forEach((k, item) -> out.put(k, primitive(k, item, at)));
            return out;
        });
    }

    /** Reports a required attribute that is absent or null; conversion errors are already reported. */
    <T> Optional<T> required(String name, Optional<T> value) {
        if (value.isPresent() || failed.contains(name)) {
            return value;
        }
        Optional<SourcePosition> written = positionOf(name);
        if (written.isEmpty()) {
            diagnostics.add(owner, "missing required attribute \"" + name + "\" in " + where);
        } else {
            diagnostics.add(written.get(), "attribute \"" + name + "\": expected a value, found null");
        }
        return value;
    }

    Optional<SourcePosition> positionOf(String name) {
        return body.attributes().stream().filter(a -> a.name().equals(name)).findFirst()
                .map(a -> a.value().position());
    }

    void error(String attribute, String message) {
        diagnostics.add(positionOf(attribute).orElse(owner), message);
    }

    private <T> Optional<T> convert(String name, BiFunction<Value, SourcePosition, T> conversion) {
        Optional<Ast.Attribute> attr = attribute(name);
        if (attr.isEmpty()) {
            return Optional.empty();
        }
        Ast.Expr expr = attr.get().value();
        try {
            Value v = evaluator.evaluate(expr);
            if (v instanceof Value.Null) {
                return Optional.empty();
            }
            return Optional.of(conversion.apply(v, expr.position()));
        } catch (EvalException e) {
            failed.add(name);
            diagnostics.add(e, "attribute \"" + name + "\": ");
            return Optional.empty();
        }
    }

    private static List<String> toStringList(Value v, SourcePosition at) {
        if (!(v instanceof Value.ListVal l)) {
            throw Conversions.mismatch("list of strings", v, at);
        }
        return l.items().stream().map(item -> Conversions.toText(item, at)).toList();
    }

    private static Map<String, Value> toMap(Value v, SourcePosition at) {
        if (!(v instanceof Value.MapVal m)) {
            throw Conversions.mismatch("map", v, at);
        }
        return m.entries();
    }

    private static Object primitive(String key, Value v, SourcePosition at) {
        if (v instanceof Value.Str s) {
            return s.value();
        } else if (v instanceof Value.Num n) {
            return Attributes.canonical(n.value());
        } else if (v instanceof Value.Bool b) {
            return b.value();
        }
        throw new EvalException(at, "key \"" + key + "\": expected a string, number or bool, found " + v.typeName());
    }

    // ---- blocks -------------------------------------------------------------------------------

    /** All blocks of one type (repeatable blocks such as {@code taints}). */
    List<Ast.Block> blocks(String name) {
        blockNames.add(name);
        for (Ast.Attribute a : body.attributes()) {
            if (a.name().equals(name)) {
                diagnostics.add(a.position(), "\"" + name + "\" is a block; expected " + name + " { … } without \"=\"");
            }
        }
        return body.blocks().stream().filter(b -> b.name().equals(name)).toList();
    }

    /** A block that may appear at most once. */
    Optional<Ast.Block> block(String name) {
        List<Ast.Block> found = blocks(name);
        for (Ast.Block extra : found.subList(Math.min(1, found.size()), found.size())) {
            diagnostics.add(extra.position(), "duplicate block \"" + name + "\" in " + where + "; first defined at "
                    + at(found.get(0).position()));
        }
        return found.stream().findFirst();
    }

    /** A reader for a nested block, sharing this reader's evaluator and diagnostics. */
    BodyReader nested(Ast.Block block, String nestedWhere) {
        return new BodyReader(block.body(), nestedWhere, block.position(), evaluator, diagnostics);
    }

    /** Reports blocks with the wrong number of labels. */
    boolean expectLabels(Ast.Block block, int count, String what) {
        if (block.labels().size() == count) {
            return true;
        }
        diagnostics.add(block.position(), "block \"" + block.name() + "\" expected " + (count == 0 ? "no labels"
                : count + " label (" + what + ")") + ", found " + block.labels().size());
        return false;
    }

    // ---- unknown names ------------------------------------------------------------------------

    /** Reports every attribute or block that was not asked for, and attributes set twice. */
    void finish() {
        Set<String> known = new LinkedHashSet<>(attributeNames);
        known.addAll(blockNames);
        Map<String, SourcePosition> seen = new HashMap<>();
        for (Ast.BodyItem item : body.items()) {
            if (known.contains(item.name())) {
                if (item instanceof Ast.Attribute a && seen.putIfAbsent(a.name(), a.position()) != null) {
                    diagnostics.add(a.position(), "duplicate attribute \"" + a.name() + "\" in " + where
                            + "; first set at " + at(seen.get(a.name())));
                }
                continue;
            }
            String kind = item instanceof Ast.Attribute ? "attribute" : "block";
            String hint = Suggestions.didYouMean(item.name(), known);
            diagnostics.add(item.position(), "unknown " + kind + " \"" + item.name() + "\"" + (hint.isEmpty()
                    ? " in " + where + "; expected one of: " + String.join(", ", known) : hint));
        }
    }

    static String at(SourcePosition p) {
        return p.line() + ":" + p.column();
    }
}
