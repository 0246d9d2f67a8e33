package io.provctl.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TerraformDetectionTest {

    private final ConfigLoader loader = new ConfigLoader(new FakeCatalog());

    @Test
    void terraformFileGetsOneClearError() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("eks.tf", """
                provider "aws" {
                  region = "us-east-1"
                }

                variable "name" {}

                # the cluster

                resource "aws_eks_cluster" "this" {
                  name = var.name
                }

                resource "aws_eks_cluster" "this" {
                  name = var.name
                }
                """.replace("# the cluster\n\n", "# the cluster\n\n\n")));
        assertThat(e.getMessage()).isEqualTo("eks.tf: not a provctl configuration (it looks like Terraform: found"
                + " resource \"aws_eks_cluster\" at 10:1); provctl reads cluster, provider, variable, budget and"
                + " pricing blocks");
        assertThat(e.diagnostics()).hasSize(1);
    }

    @Test
    void realTerraformSampleIsDetected() {
        Path file = SharedExamples.examples().resolve("terraform/learn-aks__aks-cluster.tf");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(file));
        assertThat(e.getMessage()).isEqualTo(file + ": not a provctl configuration (it looks like Terraform: found"
                + " resource \"random_pet\" at 4:1); provctl reads cluster, provider, variable, budget and pricing"
                + " blocks");
    }

    @Test
    void otherFilesAreStillCheckedAndLabelFreeBlocksAreNamed() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadStrings(Map.of(
                "a.tf", "locals {\n  x = 1\n}\n", "b.hcl", "cluster \"c\" {}\n"), Map.of()));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "a.tf: not a provctl configuration (it looks like Terraform: found locals at 1:1); provctl reads"
                        + " cluster, provider, variable, budget and pricing blocks",
                "b.hcl:1:1: missing required attribute \"provider\" in cluster \"c\"",
                "b.hcl:1:1: missing required block \"control_plane\" in cluster \"c\"; expected control_plane {"
                        + " version = \"1.28\" }");
    }

    @Test
    void fileWithClusterAndTerraformBlocksGetsUnknownBlockErrors() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("m.hcl",
                "cluster \"c\" {\n  provider = \"local\"\n  region = \"r\"\n  control_plane { version = \"1.28\" }\n}\n"
                        + "output \"x\" {}\n"));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "m.hcl:6:1: unknown block \"output\" in the configuration; expected one of: variable, provider,"
                        + " cluster, budget, pricing");
    }
}
