package io.provctl.operator.crd;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/crds/ must hold exactly what the generator makes from the classes, so the two never drift. */
class CrdFilesTest {

    private static final Path DIR = Path.of(System.getProperty("provctl.crds.dir", "../deploy/crds"));

    @Test
    void committedCrdsMatchTheGeneratedOnes() throws Exception {
        for (String file : Crds.FILES) {
            assertThat(Files.readString(DIR.resolve(file)))
                    .as("deploy/crds/%s is stale: copy target/classes/META-INF/fabric8/%s over it", file, file)
                    .isEqualTo(Crds.read(file));
        }
        try (var listed = Files.list(DIR)) {
            assertThat(listed.map(p -> p.getFileName().toString()).filter(f -> !f.equals("kustomization.yaml"))
                    .sorted().toList()).containsExactlyInAnyOrderElementsOf(Crds.FILES);
        }
    }

    @Test
    void crdsCarryValidationPrinterColumnsAndStatus() {
        String groups = Crds.read("nodegroups.autoscaling.provctl.io-v1.yml");
        assertThat(groups).contains("shortNames:\n    - \"ng\"", "maximum: 1000", "status: {}",
                "name: \"Desired\"", "default: \"balanced\"", "- \"minNodes\"");
        assertThat(Crds.read("autoscalerconfigs.autoscaling.provctl.io-v1.yml")).contains("scope: \"Cluster\"");
        String costOptimizations = Crds.read("costoptimizations.optimization.provctl.io-v1.yml");
        assertThat(costOptimizations).contains("shortNames:\n    - \"costopt\"\n    - \"co\"", "status: {}",
                "name: \"Target\"", "name: \"Type\"", "name: \"Phase\"", "name: \"Savings\"", "name: \"Age\"",
                "default: 50\n                maximum: 100.0\n                minimum: 1.0",
                "default: 0.7\n                maximum: 1.0\n                minimum: 0.0",
                "default: \"MEDIUM\"", "default: \"0 */6 * * *\"", "pattern: \"^(1h|24h|7d|14d|30d)$\"",
                "- \"SCHEDULED_SCALING\"", "- \"RolledBack\"", "- \"StatefulSet\"", "fromHour:", "peakHour:");
        assertThat(Crds.all()).startsWith("---\n").contains("kind: \"ManagedNode\"");
        assertThat(Crds.read("managednodes.autoscaling.provctl.io-v1.yml")).contains(
                "capacityType:\n                default: \"on-demand\"\n                enum:\n                - \"on-demand\"\n"
                        + "                - \"spot\"", "name: \"Capacity\"", "fallbackToOnDemand:");
    }
}
