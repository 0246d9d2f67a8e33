package io.provctl.config;

import io.provctl.config.eval.EvalException;
import io.provctl.config.eval.Evaluator;
import io.provctl.config.eval.Scope;
import io.provctl.config.eval.Value;
import io.provctl.config.hcl.Ast;
import io.provctl.model.SourcePosition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Input variables: declarations, then values from var files and {@code -var} over defaults. Values
 * are resolved on first use, so a default may use another variable; a cycle is reported once.
 */
final class VariableTable implements Scope {

    /** A {@code variable "<name>"} block. */
    record Declaration(String name, Optional<Ast.Expr> defaultValue, VariableType type, SourcePosition position) {
    }

    /** A value given from outside the configuration: a var file or {@code -var}. */
    record Assignment(String name, Value value, SourcePosition position) {
    }

    private final Map<String, Declaration> declarations;
    private final Map<String, Assignment> assignments = new LinkedHashMap<>();
    private final Set<String> clusters;
    private final Map<String, Value> resolved = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Deque<String> resolving = new ArrayDeque<>();

    VariableTable(Map<String, Declaration> declarations, Set<String> clusters) {
        this.declarations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(declarations));
        this.clusters = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(clusters));
    }

    /** Applies outside values in order, later ones winning; undeclared names are reported. */
    void assign(List<Assignment> values, Diagnostics diagnostics) {
        for (Assignment a : values) {
            if (declarations.containsKey(a.name())) {
                assignments.put(a.name(), a);
            } else {
                diagnostics.add(a.position(), "variable \"" + a.name() + "\" is not declared; expected a"
                        + " variable \"" + a.name() + "\" { … } block" + Suggestions.didYouMean(a.name(),
                        declarations.keySet()));
            }
        }
    }

    /** Resolves every declared variable so an unset one is reported even when nothing uses it. */
    void resolveAll(Diagnostics diagnostics) {
        for (Declaration d : declarations.values()) {
            try {
                variable(d.name(), d.position());
            } catch (EvalException e) {
                diagnostics.add(e, "");
            }
        }
    }

    @Override
    public Value variable(String name, SourcePosition at) {
        Declaration d = declarations.get(name);
        if (d == null) {
            throw new EvalException(at, "reference to undeclared variable \"var." + name + "\"; expected a"
                    + " variable \"" + name + "\" block" + Suggestions.didYouMean(name, declarations.keySet()));
        }
        if (resolved.containsKey(name)) {
            return resolved.get(name);
        }
        if (failed.contains(name)) {
            throw new EvalException(at, "variable \"" + name + "\" has no valid value", true);
        }
        if (resolving.contains(name)) {
            List<String> cycle = new ArrayList<>(resolving);
            java.util.Collections.reverse(cycle);
            cycle.add(name);
            throw new EvalException(at, "variable reference cycle: var." + String.join(" -> var.", cycle));
        }
        return resolve(d);
    }

    private Value resolve(Declaration d) {
        resolving.push(d.name());
        try {
            Value v = d.type().convert(rawValue(d), valuePosition(d));
            resolved.put(d.name(), v);
            return v;
        } catch (EvalException e) {
            failed.add(d.name());
            throw e;
        } finally {
            resolving.pop();
        }
    }

    private Value rawValue(Declaration d) {
        Assignment a = assignments.get(d.name());
        if (a != null) {
            return a.value();
        }
        return d.defaultValue().map(e -> new Evaluator(this).evaluate(e))
                .orElseThrow(() -> new EvalException(d.position(), "variable \"" + d.name()
                        + "\" has no default and no value; expected -var " + d.name() + "=VALUE or a var file"));
    }

    private SourcePosition valuePosition(Declaration d) {
        Assignment a = assignments.get(d.name());
        return a != null ? a.position() : d.defaultValue().map(Ast.Expr::position).orElse(d.position());
    }

    Optional<Declaration> declaration(String name) {
        return Optional.ofNullable(declarations.get(name));
    }

    @Override
    public Set<String> clusters() {
        return clusters;
    }

}
