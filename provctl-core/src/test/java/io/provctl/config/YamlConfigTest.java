package io.provctl.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlConfigTest {

    static final String AWS_YAML = """
            # the same cluster as original-aws.hcl
            clusters:
              - name: production-eks
                provider: aws
                region: us-west-2
                network:
                  vpc_cidr: 10.0.0.0/16
                  availability_zones: [us-west-2a, us-west-2b, us-west-2c]
                  nat_gateway: true
                  private_cluster: false
                control_plane:
                  type: managed
                  version: "1.28"
                  ha: true
                  identity:
                    type: oidc
                    service_accounts:
                      - kube-system/aws-load-balancer-controller
                      - kube-system/cluster-autoscaler
                      - kube-system/ebs-csi-driver
                worker_pools:
                  - name: system
                    instance_type: t3.medium
                    min_size: 3
                    max_size: 6
                    desired_size: 3
                    labels: {workload: system, tier: control}
                  - name: general
                    instance_type: t3.large
                    min_size: 5
                    max_size: 20
                    desired_size: 10
                    labels:
                      workload: general
                  - name: compute-spot
                    instance_type: c5.2xlarge
                    min_size: 0
                    max_size: 50
                    spot:
                      enabled: true
                      max_price: 0.15
                    labels:
                      workload: compute-intensive
                      spot: "true"
                    taints:
                      - key: spot
                        value: "true"
                        effect: NoSchedule
                tags:
                  Environment: production
                  Team: platform
                  ManagedBy: provctl
                  CostCenter: engineering
            """;

    private final ConfigLoader loader = new ConfigLoader(new FakeCatalog());

    @Test
    void yamlEquivalentOfOriginalAwsGivesAnEqualConfiguration() throws Exception {
        Configuration fromHcl = loader.load(SharedExamples.file("original-aws.hcl"));
        Configuration fromYaml = loader.loadString("aws.yaml", AWS_YAML);
        assertThat(fromYaml.clusters().get(0).pools()).hasSize(3);
        assertThat(fromYaml).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*position", "sources")
                .isEqualTo(fromHcl);
        assertThat(fromYaml.clusters().get(0).position().toString()).isEqualTo("aws.yaml:3:5");
    }

    @Test
    void variablesProvidersBudgetsAndPricingInYaml() throws ConfigException {
        Configuration config = loader.loadStrings(Map.of("/cfg/p.yaml", """
                variables:
                  region: {default: eu-west-1}
                  size: {type: number}
                providers:
                  - name: aws
                    region: ${var.region}
                    access_key_env: AWS_ACCESS_KEY_ID
                budgets:
                  team: {monthly_limit: 99.90, action: warn}
                pricing:
                  file: prices.json
                clusters:
                  - name: c
                    provider: aws
                    control_plane: {version: "1.29"}
                    worker_pools:
                      - {name: p, instance_type: m5.large, min_size: "${var.size}", max_size: 4}
                """), Map.of("size", "2"));
        assertThat(config.providers().get("aws").region()).contains("eu-west-1");
        assertThat(config.providers().get("aws").credentialEnv()).containsEntry("access_key", "AWS_ACCESS_KEY_ID");
        assertThat(config.budgets().get(0).monthlyLimit()).hasToString("99.90");
        assertThat(config.pricingFile()).hasValueSatisfying(p -> assertThat(p).hasToString("/cfg/prices.json"));
        assertThat(config.clusters().get(0).region()).isEqualTo("eu-west-1");
        assertThat(config.clusters().get(0).pools().get(0).minSize()).isEqualTo(2);
    }

    @Test
    void yamlErrorsCarryLineAndColumn() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("bad.yaml", """
                clusters:
                  - name: c
                    provider: aws
                    region: r
                    control_plane: {version: "1.28"}
                    worker_pools:
                      - name: p
                        instanc_type: t3.medium
                        min_size: 4
                        max_size: 2
                  - provider: aws
                """));
        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "bad.yaml:7:9: missing required attribute \"instance_type\" in pool \"p\"",
                "bad.yaml:8:9: unknown attribute \"instanc_type\"; did you mean \"instance_type\"?",
                "bad.yaml:9:19: min_size 4 is greater than max_size 2; expected min_size <= max_size",
                "bad.yaml:11:5: missing \"name\" in cluster; expected name: <cluster name>");
    }

    @Test
    void malformedYamlIsRejectedWithPosition() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.loadString("m.yaml", "clusters:\n  - name: [unclosed\n"));
        assertThat(e.getMessage()).matches("m\\.yaml:\\d+:\\d+: expected valid YAML: .*");
    }

    @Test
    void unquotedVersionIsRejectedBecauseItWouldLoseTrailingZeros() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadString("v.yaml", """
                clusters:
                  - name: c
                    provider: aws
                    region: r
                    control_plane: {version: 1.30}
                """));
        assertThat(e.getMessage()).isEqualTo("v.yaml:5:30: attribute \"version\": expected a quoted string such as"
                + " \"1.30\", found number");
    }
}
