package io.provctl.operator.crd;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/crds/ must hold exactly what the generator makes from the classes, so the two never drift. */
class CrdFilesTest {

    private static final Path DIR = Path.of(System.getProperty("provctl.crds.dir", "deploy/crds"));

    @Test
    void committedCrdsMatchTheGeneratedOnes() throws Exception {
        for (String file : Crds.FILES) {
            assertThat(Files.readString(DIR.resolve(file)))
                    .as("deploy/crds/%s is stale: copy target/classes/META-INF/fabric8/%s over it", file, file)
                    .isEqualTo(Crds.read(file));
        }
        try (var listed = Files.list(DIR)) {
            assertThat(listed.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(Crds.FILES);
        }
    }

    @Test
    void crdsCarryValidationPrinterColumnsAndStatus() {
        String groups = Crds.read("nodegroups.autoscaling.provctl.io-v1.yml");
        assertThat(groups).contains("shortNames:\n    - \"ng\"", "maximum: 1000", "status: {}",
                "name: \"Desired\"", "default: \"balanced\"", "- \"minNodes\"");
        assertThat(Crds.read("autoscalerconfigs.autoscaling.provctl.io-v1.yml")).contains("scope: \"Cluster\"");
        assertThat(Crds.all()).startsWith("---\n").contains("kind: \"ManagedNode\"");
    }
}
