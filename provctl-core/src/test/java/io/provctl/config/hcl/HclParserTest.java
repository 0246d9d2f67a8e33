package io.provctl.config.hcl;

import io.provctl.config.SharedExamples;
import io.provctl.config.hcl.Ast.Attribute;
import io.provctl.config.hcl.Ast.Block;
import io.provctl.config.hcl.Ast.Body;
import io.provctl.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HclParserTest {

    private static Body parse(String src) {
        return HclParser.parseFile(src, "t.hcl");
    }

    private static Ast.Expr attr(String src) {
        return parse("x = " + src + "\n").attributes().get(0).value();
    }

    @Test
    void parsesBlocksLabelsAttributesAndComments() {
        Body body = parse("""
                # hash comment
                // slash comment
                /* block
                   comment */ cluster "a" other {
                  n = 1 # trailing
                  inner {}
                }
                single { k = "v" }
                """);
        Block cluster = body.blocks().get(0);
        assertThat(cluster.name()).isEqualTo("cluster");
        assertThat(cluster.labels()).extracting(Ast.Label::value).containsExactly("a", "other");
        assertThat(cluster.position()).isEqualTo(new SourcePosition("t.hcl", 4, 15));
        assertThat(cluster.body().attributes().get(0).position()).isEqualTo(new SourcePosition("t.hcl", 5, 3));
        assertThat(cluster.body().blocks()).extracting(Block::name).containsExactly("inner");
        assertThat(body.blocks().get(1).body().attributes()).extracting(Attribute::name).containsExactly("k");
    }

    @Test
    void numbersStayExactDecimals() {
        assertThat(attr("0.15")).isEqualTo(new Ast.NumberLit(new BigDecimal("0.15"), new SourcePosition("t.hcl", 1, 5)));
        assertThat(((Ast.NumberLit) attr("1e3")).value()).isEqualByComparingTo("1000");
    }

    @Test
    void stringEscapesAndInterpolation() {
        Ast.Template t = (Ast.Template) attr("\"a\\n\\\"b\\u00e9 $${lit} ${var.x}-z\"");
        assertThat(t.parts()).hasSize(3);
        assertThat(((Ast.Text) t.parts().get(0)).text()).isEqualTo("a\n\"bé ${lit} ");
        Ast.Expr interp = ((Ast.Interpolation) t.parts().get(1)).expr();
        assertThat(interp).isInstanceOf(Ast.GetAttr.class);
        assertThat(((Ast.GetAttr) interp).target().position()).isEqualTo(new SourcePosition("t.hcl", 1, 29));
        assertThat(((Ast.Text) t.parts().get(2)).text()).isEqualTo("-z");
    }

    @Test
    void interpolationMayContainStringsWithBraces() {
        Ast.Template t = (Ast.Template) attr("\"${f(\"}{\", 1)}\"");
        assertThat(((Ast.Interpolation) t.parts().get(0)).expr()).isInstanceOf(Ast.Call.class);
    }

    @Test
    void templateDirectivesAreRejectedWithPosition() {
        assertThatThrownBy(() -> parse("a = 1\nb = \"x %{ if true }y%{ endif }\"\n"))
                .isInstanceOf(HclSyntaxException.class)
                .hasMessageStartingWith("t.hcl:2:8: template directives (%{ … }) are not supported");
    }

    @Test
    void heredocsKeepTextAndStripIndentation() {
        Body body = parse("a = <<EOF\n  one\n  two\nEOF\nb = <<-EOT\n    x: ${v}\n      y\n    EOT\n");
        Ast.Template a = (Ast.Template) body.attributes().get(0).value();
        assertThat(a.literal()).contains("  one\n  two\n");
        Ast.Template b = (Ast.Template) body.attributes().get(1).value();
        assertThat(((Ast.Text) b.parts().get(0)).text()).isEqualTo("x: ");
        assertThat(((Ast.Interpolation) b.parts().get(1)).expr().position())
                .isEqualTo(new SourcePosition("t.hcl", 6, 10));
        assertThat(((Ast.Text) b.parts().get(2)).text()).isEqualTo("\n  y\n");
    }

    @Test
    void tuplesAndObjectsAcceptAllSeparators() {
        Ast.TupleExpr tuple = (Ast.TupleExpr) attr("[\n 1,\n 2,\n]");
        assertThat(tuple.items()).hasSize(2);
        Ast.ObjectExpr obj = (Ast.ObjectExpr) attr("{ a = 1, \"b\" = 2\n c: 3\n (var.k) = 4 }");
        assertThat(obj.items()).hasSize(4);
        assertThat(obj.items().get(0).key()).isEqualTo(new Ast.NameKey("a"));
        assertThat(obj.items().get(1).key()).isInstanceOf(Ast.ExprKey.class);
    }

    @Test
    void operatorPrecedenceFollowsHcl() {
        Ast.Binary or = (Ast.Binary) attr("a || b && c == 1 + 2 * 3");
        assertThat(or.operator()).isEqualTo("||");
        Ast.Binary and = (Ast.Binary) or.right();
        assertThat(and.operator()).isEqualTo("&&");
        Ast.Binary eq = (Ast.Binary) and.right();
        Ast.Binary plus = (Ast.Binary) eq.right();
        assertThat(plus.operator()).isEqualTo("+");
        assertThat(((Ast.Binary) plus.right()).operator()).isEqualTo("*");
        assertThat(attr("!a ? -1 : (2)")).isInstanceOf(Ast.Conditional.class);
    }

    @Test
    void referencesCallsSplatsAndForExpressions() {
        assertThat(attr("a.b[0].c")).isInstanceOf(Ast.GetAttr.class);
        assertThat(attr("a.*.id")).isInstanceOf(Ast.GetAttr.class);
        assertThat(attr("a[*].id")).isInstanceOf(Ast.GetAttr.class);
        Ast.Call call = (Ast.Call) attr("merge(a,\n b...)");
        assertThat(call.args()).hasSize(2);
        assertThat(call.expandFinal()).isTrue();
        Ast.ForExpr list = (Ast.ForExpr) attr("[for k, v in x : v if k != 0]");
        assertThat(list.keyVar()).contains("k");
        assertThat(list.condition()).isPresent();
        Ast.ForExpr map = (Ast.ForExpr) attr("{for v in x : v.name => v...}");
        assertThat(map.keyExpr()).isPresent();
        assertThat(map.grouping()).isTrue();
    }

    @Test
    void reportsExactPositionsOfSyntaxErrors() {
        assertThatThrownBy(() -> parse("cluster \"a\" {\n  provider = \n}\n"))
                .hasMessage("t.hcl:2:14: expected an expression, found newline");
        assertThatThrownBy(() -> parse("cluster \"a\" {\n  x = [1, 2\n"))
                .hasMessage("t.hcl:3:1: expected \"]\" to close the list opened at 2:7, found end of file");
        assertThatThrownBy(() -> parse("a = \"open\nb = 1\n"))
                .hasMessage("t.hcl:1:5: expected a closing quote for the string started here, found end of line");
        assertThatThrownBy(() -> parse("block { a = 1, b = 2 }\n"))
                .hasMessage("t.hcl:1:14: expected a newline after the attribute or block, found \",\"");
        assertThatThrownBy(() -> parse("a = 1 b = 2\n"))
                .hasMessage("t.hcl:1:7: expected a newline after the attribute or block, found identifier \"b\"");
        assertThatThrownBy(() -> parse("x = <<EOF\nnever ends\n"))
                .hasMessageStartingWith("t.hcl:1:5: expected a line containing only EOF");
        assertThatThrownBy(() -> parse("x = \"${a"))
                .hasMessage("t.hcl:1:9: expected \"}\" to close the interpolation opened at 1:6, found end of file");
    }

    static Stream<Path> terraformFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedExamples.examples().resolve("terraform"))) {
            List<Path> tf = files.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
            assertThat(tf).hasSize(10);
            return tf.stream();
        }
    }

    /** All ten samples are valid HCL2 (terraform fmt accepts each of them), so all must parse. */
    @ParameterizedTest
    @MethodSource("terraformFiles")
    void parsesRealTerraformFiles(Path file) throws IOException {
        Body body = HclParser.parseFile(Files.readString(file), file.getFileName().toString());
        assertThat(body.blocks()).isNotEmpty();
    }

    @Test
    void rejectsTruncatedTerraformFileWithPosition() throws IOException {
        Path file = SharedExamples.examples().resolve("terraform/aws-eks__node_groups.tf");
        String text = Files.readString(file);
        String half = text.substring(0, text.length() / 2);
        String truncated = half.substring(0, half.lastIndexOf('\n') + 1);
        long lines = truncated.chars().filter(c -> c == '\n').count();
        assertThatThrownBy(() -> HclParser.parseFile(truncated, "cut.tf"))
                .isInstanceOf(HclSyntaxException.class)
                .hasMessageMatching("cut\\.tf:" + (lines + 1) + ":1: expected \"}\" to close the \\w+ opened at"
                        + " \\d+:\\d+, found end of file");
    }

    @Test
    void everyPrefixOfAnOriginalExampleIsRejectedOrComplete() throws IOException {
        String text = Files.readString(SharedExamples.file("original-aws.hcl"));
        int lastBrace = text.lastIndexOf('}');
        for (int cut = text.indexOf('{') + 1; cut < lastBrace; cut += 7) {
            String prefix = text.substring(0, cut);
            assertThatThrownBy(() -> HclParser.parseFile(prefix, "p.hcl"))
                    .as("prefix of length %d", cut)
                    .isInstanceOf(HclSyntaxException.class)
                    .hasMessageContaining("expected");
        }
    }
}
