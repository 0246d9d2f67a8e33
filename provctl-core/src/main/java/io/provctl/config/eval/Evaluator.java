package io.provctl.config.eval;

import io.provctl.config.hcl.Ast;
import io.provctl.config.hcl.Ast.Expr;
import io.provctl.model.SourcePosition;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates provctl's expression subset: literals, templates, lists, maps, {@code var.NAME},
 * arithmetic, comparison, logic and conditionals. Anything that depends on an {@link Value.Unknown}
 * is itself unknown, so a value known only after apply is never silently turned into text.
 */
public final class Evaluator {

    private final Scope scope;

    public Evaluator(Scope scope) {
        this.scope = scope;
    }

    public Value evaluate(Expr expr) {
        if (expr instanceof Ast.NumberLit n) {
            return new Value.Num(n.value());
        } else if (expr instanceof Ast.BoolLit b) {
            return new Value.Bool(b.value());
        } else if (expr instanceof Ast.NullLit) {
            return new Value.Null();
        } else if (expr instanceof Ast.Template t) {
            return template(t);
        } else if (expr instanceof Ast.TupleExpr t) {
            return new Value.ListVal(t.items().stream().map(this::evaluate).toList());
        } else if (expr instanceof Ast.ObjectExpr o) {
            return object(o);
        } else if (expr instanceof Ast.GetAttr g) {
            return reference(g);
        } else if (expr instanceof Ast.Index i) {
            return index(i);
        }
        return operation(expr);
    }

    private Value operation(Expr expr) {
        if (expr instanceof Ast.Call c) {
            return Functions.call(c.function(), c.args().stream().map(this::evaluate).toList(), c.position());
        } else if (expr instanceof Ast.Unary u) {
            return Operators.unary(u.operator(), evaluate(u.operand()), u.position());
        } else if (expr instanceof Ast.Binary b) {
            return Operators.binary(b.operator(), evaluate(b.left()), evaluate(b.right()), b.position());
        } else if (expr instanceof Ast.Conditional c) {
            return conditional(c);
        } else if (expr instanceof Ast.Variable v) {
            throw new EvalException(v.position(), "unknown reference \"" + v.name()
                    + "\"; expected var.NAME, a literal value, or cluster.NAME.ATTRIBUTE");
        } else if (expr instanceof Ast.Splat) {
            throw unsupported(expr.position(), "splat expressions");
        }
        throw unsupported(expr.position(), "for expressions");
    }

    private static EvalException unsupported(SourcePosition at, String what) {
        return new EvalException(at, what + " are not supported in provctl configurations;"
                + " expected a literal, var.NAME, or an operator expression");
    }

    private Value template(Ast.Template t) {
        StringBuilder out = new StringBuilder();
        for (Ast.TemplatePart part : t.parts()) {
            if (part instanceof Ast.Text text) {
                out.append(text.text());
            } else if (part instanceof Ast.Interpolation i) {
                Value v = evaluate(i.expr());
                if (v instanceof Value.Unknown) {
                    return v;
                }
                out.append(Conversions.toText(v, i.expr().position()));
            }
        }
        return new Value.Str(out.toString());
    }

    private Value object(Ast.ObjectExpr o) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Ast.ObjectItem item : o.items()) {
            String key = item.key() instanceof Ast.ExprKey e
                    ? Conversions.toText(evaluate(e.expr()), e.expr().position())
                    : ((Ast.NameKey) item.key()).name();
            if (out.containsKey(key)) {
                throw new EvalException(item.position(), "duplicate key \"" + key + "\" in object");
            }
            out.put(key, evaluate(item.value()));
        }
        return new Value.MapVal(out);
    }

    private Value reference(Ast.GetAttr g) {
        List<String> path = path(g);
        if (path.isEmpty()) {
            return attribute(evaluate(g.target()), g.name(), g.position());
        }
        return switch (path.get(0)) {
            case "var" -> variable(path, g);
            case "cluster" -> clusterAttribute(path, g);
            default -> throw new EvalException(rootPosition(g), "unknown reference \"" + String.join(".", path)
                    + "\"; expected var.NAME or cluster.NAME.ATTRIBUTE");
        };
    }

    private Value variable(List<String> path, Ast.GetAttr g) {
        Value v = scope.variable(path.get(1), rootPosition(g));
        for (String name : path.subList(2, path.size())) {
            v = attribute(v, name, g.position());
        }
        return v;
    }

    private Value clusterAttribute(List<String> path, Ast.GetAttr g) {
        if (!scope.clusters().contains(path.get(1))) {
            throw new EvalException(rootPosition(g), "reference to undeclared cluster \"" + path.get(1)
                    + "\"; expected one of " + scope.clusters());
        }
        return new Value.Unknown(String.join(".", path));
    }

    private static Value attribute(Value target, String name, SourcePosition at) {
        if (target instanceof Value.Unknown) {
            return target;
        }
        if (target instanceof Value.MapVal m && m.entries().containsKey(name)) {
            return m.entries().get(name);
        }
        throw new EvalException(at, "expected a map with key \"" + name + "\", found " + target.typeName());
    }

    private Value index(Ast.Index i) {
        Value target = evaluate(i.target());
        Value key = evaluate(i.key());
        if (target instanceof Value.Unknown) {
            return target;
        }
        if (key instanceof Value.Unknown) {
            return key;
        }
        if (target instanceof Value.ListVal l) {
            int n = Conversions.toInt(key, i.key().position());
            if (n < 0 || n >= l.items().size()) {
                throw new EvalException(i.position(), "index " + n + " out of range; expected 0 to "
                        + (l.items().size() - 1));
            }
            return l.items().get(n);
        }
        return attribute(target, Conversions.toText(key, i.key().position()), i.position());
    }

    private Value conditional(Ast.Conditional c) {
        Value cond = evaluate(c.condition());
        if (cond instanceof Value.Unknown) {
            return cond;
        }
        return Conversions.toBool(cond, c.condition().position()) ? evaluate(c.whenTrue()) : evaluate(c.whenFalse());
    }

    /** {@code var.a.b} as ["var", "a", "b"]; empty when the chain does not start at a plain name. */
    private static List<String> path(Ast.GetAttr g) {
        List<String> out = new ArrayList<>();
        Expr e = g;
        while (e instanceof Ast.GetAttr a) {
            out.add(0, a.name());
            e = a.target();
        }
        if (e instanceof Ast.Variable v) {
            out.add(0, v.name());
            return out;
        }
        return List.of();
    }

    private static SourcePosition rootPosition(Ast.GetAttr g) {
        Expr e = g;
        while (e instanceof Ast.GetAttr a) {
            e = a.target();
        }
        return e.position();
    }

}
