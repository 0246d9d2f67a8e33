package io.provctl.config;

import io.provctl.config.eval.EvalException;
import io.provctl.config.eval.Evaluator;
import io.provctl.config.eval.Scope;
import io.provctl.config.eval.Value;
import io.provctl.config.hcl.Ast;
import io.provctl.config.hcl.HclParser;
import io.provctl.config.hcl.HclSyntaxException;
import io.provctl.model.SourcePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values from outside the configuration: parsed var files (in order) and then {@code -var name=value}
 * pairs, so the command line wins as in Terraform. A {@code -var} value is text unless the variable
 * is declared as a list or map, in which case it is parsed as an HCL expression.
 */
final class VariableInputs {

    private final List<SourceFile> varFiles;
    private final Map<String, String> cliVars;

    VariableInputs(List<SourceFile> varFiles, Map<String, String> cliVars) {
        this.varFiles = List.copyOf(varFiles);
        this.cliVars = new LinkedHashMap<>(cliVars);
    }

    static VariableInputs none() {
        return new VariableInputs(List.of(), Map.of());
    }

    List<VariableTable.Assignment> assignments(VariableTable table, Diagnostics diagnostics) {
        List<VariableTable.Assignment> out = new ArrayList<>();
        varFiles.forEach(f -> out.addAll(fromFile(f, diagnostics)));
        cliVars.forEach((name, text) -> fromCommandLine(name, text, table, diagnostics).ifPresent(out::add));
        return out;
    }

    private static List<VariableTable.Assignment> fromFile(SourceFile f, Diagnostics diagnostics) {
        List<VariableTable.Assignment> out = new ArrayList<>();
        Evaluator literals = new Evaluator(Scope.empty());
        for (Ast.BodyItem item : f.body().items()) {
            if (item instanceof Ast.Attribute a) {
                try {
                    out.add(new VariableTable.Assignment(a.name(), literals.evaluate(a.value()), a.position()));
                } catch (EvalException e) {
                    diagnostics.add(e, "variable \"" + a.name() + "\": ");
                }
            } else {
                diagnostics.add(item.position(), "unexpected block \"" + item.name() + "\" in a var file;"
                        + " expected name = value assignments");
            }
        }
        return out;
    }

    private static java.util.Optional<VariableTable.Assignment> fromCommandLine(
            String name, String text, VariableTable table, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.unknown("-var " + name);
        boolean structured = table.declaration(name)
                .map(d -> d.type() == VariableType.LIST || d.type() == VariableType.MAP).orElse(false);
        if (!structured) {
            return java.util.Optional.of(new VariableTable.Assignment(name, new Value.Str(text), at));
        }
        try {
            Value v = new Evaluator(Scope.empty()).evaluate(HclParser.parseExpression(text, "-var " + name));
            return java.util.Optional.of(new VariableTable.Assignment(name, v, at));
        } catch (HclSyntaxException e) {
            diagnostics.add(e.position(), e.detail());
        } catch (EvalException e) {
            diagnostics.add(e, "");
        }
        return java.util.Optional.empty();
    }
}
