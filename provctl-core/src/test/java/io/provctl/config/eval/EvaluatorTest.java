package io.provctl.config.eval;

import io.provctl.config.hcl.HclParser;
import io.provctl.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluatorTest {

    private final Scope scope = new Scope() {
        @Override
        public Value variable(String name, SourcePosition at) {
            return switch (name) {
                case "n" -> new Value.Num(new BigDecimal("3"));
                case "s" -> new Value.Str("x");
                case "l" -> new Value.ListVal(List.of(new Value.Str("a"), new Value.Str("b")));
                case "m" -> new Value.MapVal(Map.of("k", new Value.Bool(true)));
                default -> throw new EvalException(at, "no such variable " + name);
            };
        }

        @Override
        public Set<String> clusters() {
            return Set.of("main");
        }
    };

    private Value eval(String expr) {
        return new Evaluator(scope).evaluate(HclParser.parseExpression(expr, "e.hcl"));
    }

    private static Value num(String n) {
        return new Value.Num(new BigDecimal(n));
    }

    @Test
    void arithmeticIsExactDecimal() {
        assertThat(eval("0.1 + 0.2")).isEqualTo(num("0.3"));
        assertThat(eval("var.n * 2 - 1")).isEqualTo(num("5"));
        assertThat(eval("1 + 2 * 3")).isEqualTo(num("7"));
        assertThat(eval("(1 + 2) * 3")).isEqualTo(num("9"));
        assertThat(eval("7 % 4")).isEqualTo(num("3"));
        assertThat(((Value.Num) eval("1 / 3")).value().toPlainString()).startsWith("0.3333333333");
        assertThat(eval("-var.n")).isEqualTo(num("-3"));
    }

    @Test
    void comparisonsLogicAndConditionals() {
        assertThat(eval("var.n >= 3 && !false")).isEqualTo(new Value.Bool(true));
        assertThat(eval("3 == 3.0")).isEqualTo(new Value.Bool(true));
        assertThat(eval("var.s != \"x\" || var.m.k")).isEqualTo(new Value.Bool(true));
        assertThat(eval("var.n > 5 ? \"big\" : \"small\"")).isEqualTo(new Value.Str("small"));
    }

    @Test
    void templatesListsMapsIndexAndFunctions() {
        assertThat(eval("\"${var.s}-${var.n + 0.50}-${true}\"")).isEqualTo(new Value.Str("x-3.5-true"));
        assertThat(eval("var.l[1]")).isEqualTo(new Value.Str("b"));
        assertThat(eval("var.m[\"k\"]")).isEqualTo(new Value.Bool(true));
        assertThat(eval("{ a = [1, \"two\"] }")).isEqualTo(new Value.MapVal(Map.of("a",
                new Value.ListVal(List.of(num("1"), new Value.Str("two"))))));
        assertThat(eval("upper(var.s)")).isEqualTo(new Value.Str("X"));
        assertThat(eval("max(1, var.n, 2)")).isEqualTo(num("3"));
    }

    @Test
    void unknownValuesStayUnknownThroughEveryOperation() {
        Value unknown = new Value.Unknown("cluster.main.endpoint");
        assertThat(eval("cluster.main.endpoint")).isEqualTo(unknown);
        assertThat(eval("\"https://${cluster.main.endpoint}/\"")).isEqualTo(unknown);
        assertThat(eval("cluster.main.endpoint + 1")).isEqualTo(unknown);
        assertThat(eval("cluster.main.endpoint == \"a\" ? 1 : 2")).isEqualTo(unknown);
        assertThat(eval("upper(cluster.main.endpoint)")).isEqualTo(unknown);
    }

    @Test
    void errorsNamePositions() {
        assertThatThrownBy(() -> eval("1 + \"a\"")).hasMessage("e.hcl:1:3: expected a number, found string \"a\"");
        assertThatThrownBy(() -> eval("cluster.other.id"))
                .hasMessage("e.hcl:1:1: reference to undeclared cluster \"other\"; expected one of [main]");
        assertThatThrownBy(() -> eval("[1, var.zz]")).hasMessage("e.hcl:1:5: no such variable zz");
        assertThatThrownBy(() -> eval("var.l[5]")).hasMessage("e.hcl:1:6: index 5 out of range; expected 0 to 1");
        assertThatThrownBy(() -> eval("1 / 0")).hasMessage("e.hcl:1:3: division by zero; expected a non-zero divisor");
        assertThatThrownBy(() -> eval("nope(1)"))
                .hasMessage("e.hcl:1:1: unknown function \"nope\"; expected one of upper, lower, min, max");
        assertThatThrownBy(() -> eval("{ a = 1, a = 2 }")).hasMessage("e.hcl:1:10: duplicate key \"a\" in object");
        assertThatThrownBy(() -> eval("var.l[*]")).hasMessageStartingWith("e.hcl:1:6: splat expressions are not"
                + " supported");
    }
}
