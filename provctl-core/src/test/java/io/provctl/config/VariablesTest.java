package io.provctl.config;

import io.provctl.model.ClusterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VariablesTest {

    private static final String CONFIG = """
            variable "env" {
              type        = string
              default     = "dev"
              description = "environment name"
            }
            variable "region" {
              type = "string"
            }
            variable "max" {
              type    = number
              default = 4
            }
            variable "prefix" {
              default = "team-${var.env}"
            }
            variable "azs" {
              type    = list(string)
              default = ["a", "b"]
            }
            cluster "c1" {
              provider = "aws"
              region   = var.region
              network {
                availability_zones = var.azs
                nat_gateway        = var.env == "prod"
              }
              control_plane { version = "1.28" }
              worker_pools {
                pool "p" {
                  instance_type = "t3.medium"
                  min_size      = 1
                  max_size      = var.max * 2 - 1
                  desired_size  = var.env == "prod" ? var.max : 1
                }
              }
              tags = {
                Name = "${var.prefix}-eks"
                Max  = var.max
              }
            }
            """;

    private final ConfigLoader loader = new ConfigLoader(new FakeCatalog());

    private ClusterSpec load(Map<String, String> vars) throws ConfigException {
        return loader.loadStrings(Map.of("main.hcl", CONFIG), vars).clusters().get(0);
    }

    @Test
    void defaultsInterpolationArithmeticAndConditionals() throws ConfigException {
        ClusterSpec c = load(Map.of("region", "eu-west-1"));
        assertThat(c.region()).isEqualTo("eu-west-1");
        assertThat(c.network().availabilityZones()).containsExactly("a", "b");
        assertThat(c.network().natGateway()).isFalse();
        assertThat(c.pools().get(0).maxSize()).isEqualTo(7);
        assertThat(c.pools().get(0).desiredSize()).isEqualTo(1);
        assertThat(c.tags()).containsEntry("Name", "team-dev-eks").containsEntry("Max", "4");
    }

    @Test
    void commandLineValuesAreConvertedToTheDeclaredType() throws ConfigException {
        ClusterSpec c = load(Map.of("region", "us-east-1", "env", "prod", "max", "5", "azs", "[\"x\", \"y\", \"z\"]"));
        assertThat(c.network().natGateway()).isTrue();
        assertThat(c.pools().get(0).maxSize()).isEqualTo(9);
        assertThat(c.pools().get(0).desiredSize()).isEqualTo(5);
        assertThat(c.network().availabilityZones()).containsExactly("x", "y", "z");
        assertThat(c.tags()).containsEntry("Name", "team-prod-eks");
    }

    @Test
    void varFilesApplyInOrderAndCommandLineWins(@TempDir Path dir) throws Exception {
        Path main = Files.writeString(dir.resolve("main.hcl"), CONFIG);
        Path first = Files.writeString(dir.resolve("a.tfvars"), "region = \"ap-south-1\"\nenv = \"staging\"\n");
        Path second = Files.writeString(dir.resolve("b.tfvars"), "# comment\nenv = \"prod\"\nmax = 3\n");
        ClusterSpec c = loader.load(List.of(main), Map.of("max", "6"), List.of(first, second)).clusters().get(0);
        assertThat(c.region()).isEqualTo("ap-south-1");
        assertThat(c.network().natGateway()).isTrue();
        assertThat(c.pools().get(0).maxSize()).isEqualTo(11);
    }

    @Test
    void varFileProblemsArePositioned(@TempDir Path dir) throws Exception {
        Path main = Files.writeString(dir.resolve("main.hcl"), CONFIG);
        Path vars = Files.writeString(dir.resolve("x.tfvars"), "regoin = \"eu\"\nmax = var.env\nblock {}\n");
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.load(List.of(main), Map.of("region", "r"), List.of(vars)));
        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                vars + ":1:1: variable \"regoin\" is not declared; expected a variable \"regoin\" { … } block;"
                        + " did you mean \"region\"?",
                vars + ":2:7: variable \"max\": variables cannot be used here; expected a literal value",
                vars + ":3:1: unexpected block \"block\" in a var file; expected name = value assignments"));
    }

    @Test
    void missingValueUndeclaredAndWrongTypeAreErrors() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.loadStrings(Map.of("main.hcl", CONFIG), Map.of("max", "many", "nope", "1")));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "-var max: expected a number, found string \"many\"",
                "-var nope: variable \"nope\" is not declared; expected a variable \"nope\" { … } block",
                "main.hcl:6:10: variable \"region\" has no default and no value; expected -var region=VALUE or a"
                        + " var file");
    }

    @Test
    void danglingReferenceAndCycleAreReportedOnce() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("v.hcl", """
                variable "a" { default = var.b }
                variable "b" { default = "${var.a}!" }
                cluster "c1" {
                  provider = "aws"
                  region   = var.a
                  control_plane { version = var.nope }
                }
                """));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "v.hcl:2:29: variable reference cycle: var.a -> var.b -> var.a",
                "v.hcl:6:29: attribute \"version\": reference to undeclared variable \"var.nope\"; expected a"
                        + " variable \"nope\" block");
    }

    @Test
    void numbersStayExact() throws ConfigException {
        Configuration config = loader.loadStrings(Map.of("b.hcl", """
                variable "base" { default = 0.1 }
                budget "b" { monthly_limit = var.base + 0.2 }
                """), Map.of());
        assertThat(config.budgets().get(0).monthlyLimit()).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void valuesKnownOnlyAfterApplyAreRejectedNotStringified() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("u.hcl", """
                cluster "a" {
                  provider = "aws"
                  region   = "us-east-1"
                  control_plane { version = "1.28" }
                  tags = { Peer = "via-${cluster.a.endpoint}" }
                }
                """));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "u.hcl:5:10: attribute \"tags\": expected a string known before apply, found cluster.a.endpoint"
                        + " (known only after apply)");
    }

    @Test
    void varArgumentsSplitAtTheFirstEquals() throws ConfigException {
        assertThat(VarArgument.parseAll(List.of("a=b=c", "n=1", "n=2"))).containsExactly(
                Map.entry("a", "b=c"), Map.entry("n", "2"));
        assertThat(catchThrowableOfType(ConfigException.class, () -> VarArgument.parse("novalue")))
                .hasMessage("-var novalue: expected name=value");
    }
}
