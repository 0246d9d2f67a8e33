package io.provctl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.provctl.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCliTest {

    @TempDir
    Path dir;

    @Test
    void theOriginalExamplesValidateAsTheyAre() {
        CliHarness cli = new CliHarness(dir);
        cli.copy(CliHarness.SHARED.resolve("examples/original-aws.hcl"), "aws.hcl");
        cli.copy(CliHarness.SHARED.resolve("examples/original-azure.hcl"), "azure.hcl");

        CliHarness.Result aws = cli.run("validate", "aws.hcl");
        CliHarness.Result azure = cli.run("validate", "azure.hcl");

        assertThat(aws.code()).as(aws.toString()).isZero();
        assertThat(aws.out()).isEqualTo("Success! The configuration is valid (1 cluster).\n");
        assertThat(azure.code()).as(azure.toString()).isZero();
    }

    @Test
    void errorsNameFileLineAndColumnAndTheNearestValidName() {
        CliHarness cli = new CliHarness(dir);
        cli.write("bad.hcl", """
                cluster "x" {
                  provider = "local"
                  region   = "local-1"
                  control_plane {
                    version = "1.28"
                  }
                  worker_pools {
                    pool "a" {
                      instanc_type = "local.small"
                      min_size = 3
                      max_size = 1
                    }
                  }
                }
                """);

        CliHarness.Result result = cli.run("validate", "bad.hcl");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("""
                Error: bad.hcl:8:5: missing required attribute "instance_type" in pool "a"
                bad.hcl:9:7: unknown attribute "instanc_type"; did you mean "instance_type"?
                bad.hcl:10:18: min_size 3 is greater than max_size 1; expected min_size <= max_size
                """);
    }

    @Test
    void instanceTypesAreCheckedAgainstTheProvidersCatalog() throws Exception {
        CliHarness cli = new CliHarness(dir);
        String aws = java.nio.file.Files.readString(CliHarness.SHARED.resolve("examples/original-aws.hcl"));
        cli.write("typo.hcl", aws.replace("\"t3.large\"", "\"t3.lrge\""));

        CliHarness.Result result = cli.run("validate", "typo.hcl");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(
                "Error: typo.hcl:43:23: unknown instance type \"t3.lrge\" for provider aws; did you mean \"t3.large\"?\n");
    }

    @Test
    void aTerraformFileIsNotAProvctlConfiguration() {
        CliHarness cli = new CliHarness(dir);
        cli.copy(CliHarness.SHARED.resolve("examples/terraform/learn-eks__main.tf"), "main.tf");

        CliHarness.Result result = cli.run("validate", "main.tf");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("not a provctl configuration").doesNotContain("Exception");
    }

    @Test
    void validationAsJsonListsDiagnostics() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        cli.write("bad.hcl", java.nio.file.Files.readString(dir.resolve("quickstart.hcl"))
                .replace("  provider = \"local\"\n", "  provider = \"local\"\n  regio = \"a\"\n"));

        CliHarness.Result result = cli.run("validate", "-o", "json", "bad.hcl");

        assertThat(result.code()).isEqualTo(1);
        JsonNode root = Json.read(result.out());
        assertThat(root.path("valid").asBoolean()).isFalse();
        assertThat(root.path("diagnostics")).hasSize(1);
        JsonNode d = root.path("diagnostics").get(0);
        assertThat(d.path("file").asText()).isEqualTo("bad.hcl");
        assertThat(d.path("line").asInt()).isEqualTo(14);
        assertThat(d.path("column").asInt()).isEqualTo(3);
        assertThat(d.path("message").asText()).isEqualTo("unknown attribute \"regio\"; did you mean \"region\"?");
    }

    @Test
    void variablesComeFromFlagsAndFiles() {
        CliHarness cli = new CliHarness(dir);
        cli.example("quickstart.hcl");
        cli.write("prod.tfvars", "environment = \"prod\"\n");

        CliHarness.Result fromFile = cli.run("plan", "-var-file", "prod.tfvars", "quickstart.hcl");
        CliHarness.Result fromFlag = cli.run("plan", "-var", "environment=staging", "quickstart.hcl");
        CliHarness.Result badFlag = cli.run("plan", "-var", "environment", "quickstart.hcl");

        assertThat(fromFile.out()).contains("Environment = \"prod\"");
        assertThat(fromFlag.out()).contains("Environment = \"staging\"");
        assertThat(badFlag.code()).isEqualTo(1);
        assertThat(badFlag.err()).isEqualTo("Error: -var 'environment': expected NAME=VALUE\n");
    }
}
