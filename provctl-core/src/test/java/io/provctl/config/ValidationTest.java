package io.provctl.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ValidationTest {

    private final ConfigLoader loader = new ConfigLoader(new FakeCatalog());

    /** A valid cluster whose single pool body is {@code pool}; line 9 is the pool's first line. */
    private static String withPool(String pool) {
        return """
                cluster "c1" {
                  provider = "aws"
                  region   = "us-east-1"
                  control_plane {
                    version = "1.28"
                  }
                  worker_pools {
                    pool "p1" {
                """ + pool + """
                    }
                  }
                }
                """;
    }

    private List<String> errors(String hcl) {
        return errors(Map.of("v.hcl", hcl));
    }

    private List<String> errors(Map<String, String> files) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadStrings(files, Map.of()));
        assertThat(e).as("expected the configuration to be rejected").isNotNull();
        assertThat(e.getMessage().lines().toList()).isEqualTo(e.diagnostics().stream().map(Diagnostic::toString).toList());
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void validPoolLoads() throws ConfigException {
        String ok = withPool("      instance_type = \"t3.medium\"\n      min_size = 1\n      max_size = 3\n");
        assertThat(loader.loadString("v.hcl", ok).clusters().get(0).pools().get(0).desiredSize()).isEqualTo(1);
    }

    @Test
    void unknownAttributeSuggestsNearestName() {
        assertThat(errors(withPool("      instanc_type = \"t3.medium\"\n      min_size = 1\n      max_size = 3\n")))
                .containsExactly(
                        "v.hcl:8:5: missing required attribute \"instance_type\" in pool \"p1\"",
                        "v.hcl:9:7: unknown attribute \"instanc_type\"; did you mean \"instance_type\"?");
    }

    @Test
    void unknownBlockSuggestsNearestNameOrListsChoices() {
        assertThat(errors("""
                cluster "c1" {
                  provider = "aws"
                  region   = "us-east-1"
                  control_plane { version = "1.28" }
                  netwrk {}
                  zzz = 1
                }
                """)).containsExactly(
                "v.hcl:5:3: unknown block \"netwrk\"; did you mean \"network\"?",
                "v.hcl:6:3: unknown attribute \"zzz\" in cluster \"c1\"; expected one of: provider, region, tags,"
                        + " network, control_plane, worker_pools");
    }

    @Test
    void wrongTypesNameTheAttribute() {
        assertThat(errors(withPool("""
                      instance_type = ["t3.medium"]
                      min_size = "three"
                      max_size = 2.5
                      labels = "x"
                """))).containsExactly(
                "v.hcl:9:23: attribute \"instance_type\": expected a string, found list",
                "v.hcl:10:18: attribute \"min_size\": expected a number, found string \"three\"",
                "v.hcl:11:18: attribute \"max_size\": expected a whole number, found 2.5",
                "v.hcl:12:16: attribute \"labels\": expected a map, found string");
    }

    @Test
    void blockWrittenAsAttributeAndBack() {
        assertThat(errors("""
                cluster "c1" {
                  provider = "aws"
                  region   = "us-east-1"
                  network = { vpc_cidr = "10.0.0.0/16" }
                  control_plane { version = "1.28" }
                  tags { a = "b" }
                }
                """)).containsExactly(
                "v.hcl:4:3: \"network\" is a block; expected network { … } without \"=\"",
                "v.hcl:6:3: \"tags\" is an attribute; expected tags = …");
    }

    @Test
    void sizesAreChecked() {
        assertThat(errors(withPool("      instance_type = \"t3.medium\"\n      min_size = 5\n      max_size = 3\n")))
                .containsExactly("v.hcl:10:18: min_size 5 is greater than max_size 3; expected min_size <= max_size");
        assertThat(errors(withPool("      instance_type = \"t3.medium\"\n      min_size = 1\n      max_size = 3\n"
                + "      desired_size = 4\n")))
                .containsExactly("v.hcl:12:22: desired_size 4 is outside [1, 3]; expected min_size <= desired_size"
                        + " <= max_size");
        assertThat(errors(withPool("      instance_type = \"t3.medium\"\n      min_size = -1\n      max_size = 3\n")))
                .containsExactly("v.hcl:10:18: min_size is -1; expected a number >= 0");
    }

    @Test
    void unknownInstanceTypeOnlyWhenTheCatalogKnowsTheProvider() throws ConfigException {
        assertThat(errors(withPool("      instance_type = \"t3.mediun\"\n      min_size = 1\n      max_size = 3\n")))
                .containsExactly("v.hcl:9:23: unknown instance type \"t3.mediun\" for provider aws; did you mean"
                        + " \"t3.medium\"?");
        String gcp = withPool("      instance_type = \"anything\"\n      min_size = 1\n      max_size = 3\n")
                .replace("\"aws\"", "\"gcp\"");
        assertThat(loader.loadString("v.hcl", gcp).clusters()).hasSize(1);
    }

    @Test
    void taintsAndSpotAreChecked() {
        assertThat(errors(withPool("""
                      instance_type = "t3.medium"
                      min_size = 1
                      max_size = 3
                      spot {
                        max_price = 0
                      }
                      taints {
                        key    = "k"
                        effect = "NoSchedul"
                      }
                      taints {
                        value = "v"
                        effect = "NoExecute"
                      }
                """))).containsExactly(
                "v.hcl:13:21: max_price is 0; expected a price > 0 (leave it out for no cap)",
                "v.hcl:17:18: invalid taint effect \"NoSchedul\"; expected one of NoSchedule, PreferNoSchedule,"
                        + " NoExecute; did you mean \"NoSchedule\"?",
                "v.hcl:19:7: missing required attribute \"key\" in taints");
    }

    @Test
    void namesAndVersionsAreChecked() {
        assertThat(errors("""
                cluster "bad name" {
                  provider = "aws"
                  region   = "us-east-1"
                  control_plane { version = "latest" }
                  worker_pools {
                    pool "-p" {
                      instance_type = "t3.medium"
                      min_size = 1
                      max_size = 1
                    }
                  }
                }
                """)).containsExactly(
                "v.hcl:1:9: invalid cluster name \"bad name\"; expected letters, digits, '-' and '_', starting with"
                        + " a letter or digit",
                "v.hcl:4:29: invalid Kubernetes version \"latest\"; expected MAJOR.MINOR such as \"1.28\"",
                "v.hcl:6:10: invalid pool name \"-p\"; expected letters, digits, '-' and '_', starting with a letter"
                        + " or digit");
    }

    @Test
    void duplicatesAreReportedAcrossFiles() {
        String cluster = """
                cluster "c1" {
                  provider = "aws"
                  region   = "us-east-1"
                  control_plane { version = "1.28" }
                  worker_pools {
                    pool "p" {
                      instance_type = "t3.medium"
                      min_size = 1
                      max_size = 1
                    }
                    pool "p" {
                      instance_type = "t3.medium"
                      min_size = 1
                      max_size = 1
                    }
                  }
                }
                """;
        assertThat(errors(Map.of("a.hcl", cluster, "b.hcl", "cluster \"c1\" {}\nvariable \"v\" {}\nvariable \"v\" {}\n"
                + "provider \"aws\" {}\nprovider \"aws\" {}\n"))).containsExactly(
                "a.hcl:11:5: duplicate pool \"p\"; first defined at 6:5",
                "b.hcl:1:1: duplicate cluster \"c1\"; first defined at a.hcl:1:1",
                "b.hcl:2:10: variable \"v\" has no default and no value; expected -var v=VALUE or a var file",
                "b.hcl:3:10: duplicate variable \"v\"; first declared at b.hcl:2:10",
                "b.hcl:5:1: duplicate provider \"aws\"; first defined at b.hcl:4:1");
    }

    @Test
    void providerNamesMustBeKnown() {
        assertThat(errors("""
                provider "awz" {}
                cluster "c1" {
                  provider = "gce"
                  region   = "x"
                  control_plane { version = "1.28" }
                }
                """)).containsExactly(
                "v.hcl:1:10: unknown provider \"awz\"; did you mean \"aws\"?",
                "v.hcl:3:14: unknown provider \"gce\"; did you mean \"gcp\"?");
    }

    @Test
    void regionComesFromProviderBlockOrIsRequired() throws ConfigException {
        String cluster = "cluster \"c1\" {\n  provider = \"aws\"\n  control_plane { version = \"1.28\" }\n}\n";
        Configuration config = loader.loadString("v.hcl", "provider \"aws\" { region = \"eu-west-1\" }\n" + cluster);
        assertThat(config.clusters().get(0).region()).isEqualTo("eu-west-1");
        assertThat(config.providers()).containsKey("aws");
        assertThat(errors(cluster)).containsExactly("v.hcl:2:14: missing attribute \"region\"; expected region = \"…\""
                + " in the cluster or in provider \"aws\" { region = \"…\" }");
    }

    @Test
    void missingRequiredPiecesAreAllReported() {
        assertThat(errors("cluster \"c1\" {\n  worker_pools {\n    pool \"p\" {}\n  }\n}\n")).containsExactly(
                "v.hcl:1:1: missing required attribute \"provider\" in cluster \"c1\"",
                "v.hcl:1:1: missing required block \"control_plane\" in cluster \"c1\"; expected control_plane {"
                        + " version = \"1.28\" }",
                "v.hcl:3:5: missing required attribute \"instance_type\" in pool \"p\"",
                "v.hcl:3:5: missing required attribute \"min_size\" in pool \"p\"",
                "v.hcl:3:5: missing required attribute \"max_size\" in pool \"p\"");
    }

    @Test
    void budgetsAreChecked() {
        assertThat(errors("budget \"b\" {\n  monthly_limit = -1\n  action = \"block\"\n}\nbudget {}\n"))
                .containsExactly(
                        "v.hcl:2:19: monthly_limit is -1; expected an amount >= 0",
                        "v.hcl:3:12: invalid budget action \"block\"; expected \"warn\" or \"deny\"",
                        "v.hcl:5:1: block \"budget\" expected 1 label (the budget name), found 0");
    }

    @Test
    void unknownTopLevelBlocksAndAttributes() {
        assertThat(errors("clustr \"a\" {}\nname = 1\n")).containsExactly(
                "v.hcl:1:1: unknown block \"clustr\"; did you mean \"cluster\"?",
                "v.hcl:2:1: unknown attribute \"name\" in the configuration; expected one of: variable, provider,"
                        + " cluster, budget, pricing");
    }

    @Test
    void unsupportedExpressionsAreErrorsNotText() {
        assertThat(errors("cluster \"c1\" {\n  provider = \"aws\"\n  region = [for r in [\"a\"] : r][0]\n"
                + "  control_plane { version = \"1.28\" }\n  tags = { a = local.x }\n}\n")).containsExactly(
                "v.hcl:3:12: attribute \"region\": for expressions are not supported in provctl configurations;"
                        + " expected a literal, var.NAME, or an operator expression",
                "v.hcl:5:16: attribute \"tags\": unknown reference \"local.x\"; expected var.NAME or"
                        + " cluster.NAME.ATTRIBUTE");
    }

    @Test
    void nullForARequiredAttributeIsReported() {
        assertThat(errors(withPool("      instance_type = null\n      min_size = 1\n      max_size = 3\n")))
                .containsExactly("v.hcl:9:23: attribute \"instance_type\": expected a value, found null");
    }
}
