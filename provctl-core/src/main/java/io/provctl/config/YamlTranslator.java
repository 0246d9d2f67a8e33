package io.provctl.config;

import io.provctl.config.hcl.Ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a YAML document (read as expressions) into the body an equivalent HCL file would have:
 * {@code clusters: [ {name: x, …} ]} becomes {@code cluster "x" { … }} and so on, following
 * {@link YamlShape}.
 */
final class YamlTranslator {

    private final Diagnostics diagnostics;

    YamlTranslator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Ast.Body translate(Ast.Expr document) {
        if (!(document instanceof Ast.ObjectExpr root)) {
            diagnostics.add(document.position(), "expected a YAML mapping with clusters, variables, providers,"
                    + " budgets and pricing at the top level");
            return new Ast.Body(List.of(), document.position());
        }
        return body(root, YamlShape.ROOT);
    }

    private Ast.Body body(Ast.ObjectExpr object, YamlShape shape) {
        List<Ast.BodyItem> items = new ArrayList<>();
        for (Ast.ObjectItem item : object.items()) {
            String key = ((Ast.NameKey) item.key()).name();
            Optional<YamlShape.Child> child = shape.child(key);
            if (child.isPresent()) {
                items.addAll(blocks(item, child.get()));
            } else {
                items.add(new Ast.Attribute(key, item.value(), item.position()));
            }
        }
        return new Ast.Body(items, object.position());
    }

    private List<Ast.Block> blocks(Ast.ObjectItem item, YamlShape.Child child) {
        return switch (child.form()) {
            case SINGLE -> mapping(item.value(), child.blockType())
                    .map(o -> List.of(new Ast.Block(child.blockType(), List.of(), body(o, child.shape()), item.position())))
                    .orElse(List.of());
            case REPEATED -> elements(item.value(), child.blockType()).stream()
                    .flatMap(e -> mapping(e, child.blockType()).stream())
                    .map(o -> new Ast.Block(child.blockType(), List.of(), body(o, child.shape()), o.position()))
                    .toList();
            case LABELLED -> labelled(item.value(), child.blockType(), child.shape());
            case WRAPPED -> List.of(new Ast.Block(child.blockType(), List.of(), new Ast.Body(
                    List.copyOf(labelled(item.value(), child.inner(), child.shape())), item.position()),
                    item.position()));
        };
    }

    /** A list of mappings each with {@code name}, or a mapping from name to mapping. */
    private List<Ast.Block> labelled(Ast.Expr value, String type, YamlShape shape) {
        List<Ast.Block> out = new ArrayList<>();
        if (value instanceof Ast.ObjectExpr byName) {
            for (Ast.ObjectItem item : byName.items()) {
                String name = ((Ast.NameKey) item.key()).name();
                mapping(item.value(), type).ifPresent(o -> out.add(new Ast.Block(type,
                        List.of(new Ast.Label(name, item.position())), body(o, shape), item.position())));
            }
            return out;
        }
        for (Ast.Expr e : elements(value, type)) {
            mapping(e, type).ifPresent(o -> named(o, type, shape).ifPresent(out::add));
        }
        return out;
    }

    private Optional<Ast.Block> named(Ast.ObjectExpr o, String type, YamlShape shape) {
        List<Ast.ObjectItem> rest = new ArrayList<>();
        Optional<Ast.Label> label = Optional.empty();
        for (Ast.ObjectItem item : o.items()) {
            if (((Ast.NameKey) item.key()).name().equals("name") && item.value() instanceof Ast.Template t
                    && t.literal().isPresent()) {
                label = Optional.of(new Ast.Label(t.literal().get(), t.position()));
            } else {
                rest.add(item);
            }
        }
        if (label.isEmpty()) {
            diagnostics.add(o.position(), "missing \"name\" in " + type + "; expected name: <" + type + " name>");
            return Optional.empty();
        }
        return Optional.of(new Ast.Block(type, List.of(label.get()),
                body(new Ast.ObjectExpr(rest, o.position()), shape), o.position()));
    }

    private Optional<Ast.ObjectExpr> mapping(Ast.Expr e, String type) {
        if (e instanceof Ast.ObjectExpr o) {
            return Optional.of(o);
        }
        diagnostics.add(e.position(), "expected a mapping for " + type + ", found " + describe(e));
        return Optional.empty();
    }

    private List<Ast.Expr> elements(Ast.Expr e, String type) {
        if (e instanceof Ast.TupleExpr t) {
            return t.items();
        }
        diagnostics.add(e.position(), "expected a list of " + type + " entries, found " + describe(e));
        return List.of();
    }

    private static String describe(Ast.Expr e) {
        if (e instanceof Ast.ObjectExpr) {
            return "a mapping";
        } else if (e instanceof Ast.TupleExpr) {
            return "a list";
        }
        return "a scalar";
    }

}
