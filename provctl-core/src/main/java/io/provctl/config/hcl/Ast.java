package io.provctl.config.hcl;

import io.provctl.model.SourcePosition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The HCL syntax tree. Every node knows where it was written. */
public final class Ast {

    private Ast() {
    }

    /** A node of the tree. */
    public sealed interface Node {
        SourcePosition position();
    }

    /** The contents of a file or of a block, in source order. */
    public record Body(List<BodyItem> items, SourcePosition position) implements Node {

        public Body {
            items = List.copyOf(items);
        }

        public List<Attribute> attributes() {
            return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
        }

        public List<Block> blocks() {
            return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
        }
    }

    /** An attribute or a block. */
    public sealed interface BodyItem extends Node {
        String name();
    }

    /** {@code name = expression}. */
    public record Attribute(String name, Expr value, SourcePosition position) implements BodyItem {
    }

    /** {@code type "label" … { body }}. */
    public record Block(String name, List<Label> labels, Body body, SourcePosition position) implements BodyItem {

        public Block {
            labels = List.copyOf(labels);
        }
    }

    /** A block label, quoted or bare. */
    public record Label(String value, SourcePosition position) implements Node {
    }

    /** An expression. */
    public sealed interface Expr extends Node {
    }

    public record NumberLit(BigDecimal value, SourcePosition position) implements Expr {
    }

    public record BoolLit(boolean value, SourcePosition position) implements Expr {
    }

    public record NullLit(SourcePosition position) implements Expr {
    }

    /** A quoted string or heredoc: literal text and interpolations. */
    public record Template(List<TemplatePart> parts, SourcePosition position) implements Expr {

        public Template {
            parts = List.copyOf(parts);
        }

        /** The text when the template has no interpolation. */
        public Optional<String> literal() {
            StringBuilder out = new StringBuilder();
            for (TemplatePart p : parts) {
                if (!(p instanceof Text t)) {
                    return Optional.empty();
                }
                out.append(t.text());
            }
            return Optional.of(out.toString());
        }
    }

    /** A part of a template. */
    public sealed interface TemplatePart {
    }

    public record Text(String text) implements TemplatePart {
    }

    public record Interpolation(Expr expr) implements TemplatePart {
    }

    public record TupleExpr(List<Expr> items, SourcePosition position) implements Expr {

        public TupleExpr {
            items = List.copyOf(items);
        }
    }

    public record ObjectExpr(List<ObjectItem> items, SourcePosition position) implements Expr {

        public ObjectExpr {
            items = List.copyOf(items);
        }
    }

    /** {@code key = value} or {@code key: value} inside an object. */
    public record ObjectItem(ObjectKey key, Expr value, SourcePosition position) implements Node {
    }

    /** An object key: a bare name is a literal string, anything else an expression. */
    public sealed interface ObjectKey {
    }

    public record NameKey(String name) implements ObjectKey {
    }

    public record ExprKey(Expr expr) implements ObjectKey {
    }

    /** A root name such as {@code var} in {@code var.x}. */
    public record Variable(String name, SourcePosition position) implements Expr {
    }

    public record GetAttr(Expr target, String name, SourcePosition position) implements Expr {
    }

    public record Index(Expr target, Expr key, SourcePosition position) implements Expr {
    }

    /** {@code x.*} or {@code x[*]}. */
    public record Splat(Expr target, SourcePosition position) implements Expr {
    }

    public record Call(String function, List<Expr> args, boolean expandFinal, SourcePosition position)
            implements Expr {

        public Call {
            args = List.copyOf(args);
        }
    }

    public record Unary(String operator, Expr operand, SourcePosition position) implements Expr {
    }

    public record Binary(String operator, Expr left, Expr right, SourcePosition position) implements Expr {
    }

    public record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, SourcePosition position)
            implements Expr {
    }

    /** {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}. */
    public record ForExpr(Optional<String> keyVar, String valueVar, Expr collection, Optional<Expr> keyExpr,
                          Expr valueExpr, boolean grouping, Optional<Expr> condition, SourcePosition position)
            implements Expr {
    }
}
