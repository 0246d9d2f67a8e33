package io.provctl.config;

import io.provctl.model.ClusterSpec;
import io.provctl.model.PoolSpec;
import io.provctl.model.SourcePosition;
import io.provctl.model.SpotSpec;
import io.provctl.model.TaintSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(new FakeCatalog());

    @Test
    void loadsOriginalAwsExampleAsWritten() throws Exception {
        Path file = SharedExamples.file("original-aws.hcl");
        Configuration config = loader.load(file);

        assertThat(config.sources()).containsExactly(file);
        ClusterSpec c = config.clusters().get(0);
        assertThat(config.clusters()).hasSize(1);
        assertThat(c.name()).isEqualTo("production-eks");
        assertThat(c.provider()).isEqualTo("aws");
        assertThat(c.region()).isEqualTo("us-west-2");
        assertThat(c.position()).isEqualTo(new SourcePosition(file.toString(), 3, 1));
        assertThat(c.network().vpcCidr()).isEqualTo("10.0.0.0/16");
        assertThat(c.network().availabilityZones()).containsExactly("us-west-2a", "us-west-2b", "us-west-2c");
        assertThat(c.network().natGateway()).isTrue();
        assertThat(c.network().privateCluster()).isFalse();
        assertThat(c.controlPlane().type()).isEqualTo("managed");
        assertThat(c.controlPlane().version()).isEqualTo("1.28");
        assertThat(c.controlPlane().ha()).isTrue();
        assertThat(c.controlPlane().identity().type()).isEqualTo("oidc");
        assertThat(c.controlPlane().identity().serviceAccounts()).hasSize(3)
                .startsWith("kube-system/aws-load-balancer-controller");
        assertThat(c.tags()).containsEntry("ManagedBy", "provctl").hasSize(4);

        assertThat(c.pools()).extracting(PoolSpec::name).containsExactly("system", "general", "compute-spot");
        PoolSpec system = c.pools().get(0);
        assertThat(List.of(system.minSize(), system.maxSize(), system.desiredSize())).containsExactly(3, 6, 3);
        assertThat(system.labels()).isEqualTo(Map.of("workload", "system", "tier", "control"));
        assertThat(system.spot()).isEqualTo(SpotSpec.disabled());
        PoolSpec spot = c.pools().get(2);
        assertThat(spot.instanceType()).isEqualTo("c5.2xlarge");
        assertThat(spot.desiredSize()).as("desired defaults to min").isZero();
        assertThat(spot.maxSize()).isEqualTo(50);
        assertThat(spot.spot()).isEqualTo(new SpotSpec(true, Optional.of(new BigDecimal("0.15"))));
        assertThat(spot.taints()).containsExactly(new TaintSpec("spot", "true", "NoSchedule"));
        assertThat(spot.position()).isEqualTo(new SourcePosition(file.toString(), 53, 5));
    }

    @Test
    void loadsOriginalAzureExampleAsWritten() throws Exception {
        Configuration config = loader.load(SharedExamples.file("original-azure.hcl"));

        ClusterSpec c = config.clusters().get(0);
        assertThat(c.name()).isEqualTo("production-aks");
        assertThat(c.network().natGateway()).as("default").isFalse();
        assertThat(c.network().availabilityZones()).containsExactly("1", "2", "3");
        assertThat(c.controlPlane().ha()).as("default").isFalse();
        assertThat(c.controlPlane().identity().type()).isEqualTo("managed");
        assertThat(c.controlPlane().identity().serviceAccounts()).isEmpty();
        assertThat(c.controlPlane().config()).containsEntry("network_plugin", "azure").hasSize(3);
        assertThat(c.pools()).hasSize(3);
        assertThat(c.pools().get(0).labels()).containsEntry("kubernetes.azure.com/mode", "system");
        PoolSpec app = c.pools().get(1);
        assertThat(app.config()).containsEntry("enable_auto_scaling", true)
                .containsEntry("enable_node_public_ip", false);
        PoolSpec batch = c.pools().get(2);
        assertThat(batch.desiredSize()).isZero();
        assertThat(batch.spot()).isEqualTo(new SpotSpec(true, Optional.empty()));
        assertThat(batch.taints()).containsExactly(new TaintSpec("batch", "true", "NoSchedule"));
    }

    @Test
    void appliesDocumentedDefaults() throws Exception {
        Configuration config = loader.loadString("d.hcl", """
                cluster "small" {
                  provider = "local"
                  region   = "here"
                  control_plane { version = "1.29" }
                }
                """);
        ClusterSpec c = config.clusters().get(0);
        assertThat(c.network().vpcCidr()).isEqualTo("10.0.0.0/16");
        assertThat(c.network().availabilityZones()).isEmpty();
        assertThat(c.network().natGateway()).isFalse();
        assertThat(c.controlPlane().type()).isEqualTo("managed");
        assertThat(c.controlPlane().identity().type()).isEqualTo("none");
        assertThat(c.pools()).isEmpty();
        assertThat(c.tags()).isEmpty();
    }

    @Test
    void loadsDirectoryAsOneConfigurationInNameOrder(@TempDir Path dir) throws Exception {
        Files.copy(SharedExamples.file("original-azure.hcl"), dir.resolve("b.hcl"));
        Files.copy(SharedExamples.file("original-aws.hcl"), dir.resolve("a.hcl"));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Files.writeString(dir.resolve("c.yaml"), """
                budgets:
                  - name: team
                    monthly_limit: 500
                    action: deny
                pricing:
                  file: prices/custom.json
                """);
        Configuration config = loader.load(dir);
        assertThat(config.clusters()).extracting(ClusterSpec::name).containsExactly("production-eks", "production-aks");
        assertThat(config.sources()).containsExactly(dir.resolve("a.hcl"), dir.resolve("b.hcl"), dir.resolve("c.yaml"));
        assertThat(config.budgets()).singleElement()
                .satisfies(b -> assertThat(b.monthlyLimit()).isEqualByComparingTo("500"));
        assertThat(config.pricingFile()).contains(dir.resolve("prices/custom.json").toAbsolutePath().normalize());
    }

    @Test
    void emptyDirectoryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessage(dir + ": no configuration files; expected *.hcl or *.yaml files in this directory");
    }

    @Test
    void unreadableFileIsAnErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.hcl");
        assertThatThrownBy(() -> loader.load(missing)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(missing + ": cannot read file");
    }

    @Test
    void syntaxErrorsOfSeveralFilesAreAllReported() {
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> loader.loadStrings(Map.of("a.hcl", "cluster \"x\" {\n", "b.hcl", "x = \n"), Map.of()));
        assertThat(e.diagnostics()).extracting(d -> d.position().toString()).containsExactly("a.hcl:2:1", "b.hcl:1:5");
        assertThat(e.getMessage()).isEqualTo("""
                a.hcl:2:1: expected "}" to close the block opened at 1:13, found end of file
                b.hcl:1:5: expected an expression, found newline""");
    }

    @Test
    void budgetsAndPricingFromHcl() throws IOException, ConfigException {
        Configuration config = loader.loadString("/etc/provctl/main.hcl", """
                budget "team" {
                  monthly_limit = 1234.50
                }
                pricing {
                  file = "../prices.json"
                }
                """);
        assertThat(config.budgets().get(0).monthlyLimit()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(config.budgets().get(0).action()).isEqualTo(io.provctl.model.BudgetSpec.Action.WARN);
        assertThat(config.pricingFile()).contains(Path.of("/etc/prices.json"));
    }
}
