package io.provctl.config;

import io.provctl.config.eval.Evaluator;
import io.provctl.config.eval.Scope;
import io.provctl.config.hcl.Ast;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads {@code variable "<name>" { default, type, description }} blocks from every file. */
final class VariableDeclarations {

    private VariableDeclarations() {
    }

    static Map<String, VariableTable.Declaration> read(Iterable<SourceFile> files, Diagnostics diagnostics) {
        Map<String, VariableTable.Declaration> out = new LinkedHashMap<>();
        Evaluator literalsOnly = new Evaluator(Scope.empty());
        for (SourceFile f : files) {
            for (Ast.Block b : f.body().blocks()) {
                if (!b.name().equals("variable")) {
                    continue;
                }
                BodyReader r = new BodyReader(b.body(), "variable", b.position(), literalsOnly, diagnostics);
                if (r.expectLabels(b, 1, "the variable name")) {
                    declaration(b, r).ifPresent(d -> add(out, d, diagnostics));
                }
            }
        }
        return out;
    }

    private static Optional<VariableTable.Declaration> declaration(Ast.Block b, BodyReader r) {
        String name = b.labels().get(0).value();
        Optional<Ast.Expr> defaultValue = r.attribute("default").map(Ast.Attribute::value);
        VariableType type = r.attribute("type").map(a -> type(a, r)).orElse(VariableType.ANY);
        r.string("description");
        r.bool("sensitive");
        r.bool("nullable");
        r.finish();
        return Optional.of(new VariableTable.Declaration(name, defaultValue, type, b.labels().get(0).position()));
    }

    private static VariableType type(Ast.Attribute a, BodyReader r) {
        return VariableType.of(a.value()).orElseGet(() -> {
            r.diagnostics().add(a.value().position(), "invalid variable type; expected string, number, bool, list,"
                    + " map or any");
            return VariableType.ANY;
        });
    }

    private static void add(Map<String, VariableTable.Declaration> out, VariableTable.Declaration d,
                            Diagnostics diagnostics) {
        VariableTable.Declaration first = out.putIfAbsent(d.name(), d);
        if (first != null) {
            diagnostics.add(d.position(), "duplicate variable \"" + d.name() + "\"; first declared at "
                    + first.position());
        }
    }
}
