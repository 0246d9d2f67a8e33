package io.provctl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.provctl.cli.Cli;
import io.provctl.cli.CliEnvironment;
import io.provctl.operator.crd.Crds;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/helm/provctl rendered with the helm on the PATH and parsed; its README documents every value. */
class HelmChartTest {

    private static final Path CHART = Tools.DEPLOY.resolve("helm/provctl");

    @Test
    void defaultsRenderTheSamePodAndRulesAsKustomize() {
        Rendered chart = template();
        Deployment d = chart.deployment();
        assertThat(d.getSpec().getReplicas()).isEqualTo(2);
        var c = DeployManifestsTest.operator(d);
        assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        // The arguments are accepted by the real command line.
        Cli.commandLine(CliEnvironment.system()).parseArgs(c.getArgs().toArray(String[]::new));
        assertThat(chart.kind("ServiceMonitor")).hasSize(1);
        assertThat(chart.kind("ValidatingWebhookConfiguration")).isEmpty();

        Rendered base = Rendered.kustomize(Tools.DEPLOY.resolve("base"));
        assertThat(chart.one(ClusterRole.class).getRules()).isEqualTo(base.one(ClusterRole.class).getRules());
        RbacCoverageTest.boundToThePodsAccount(chart, "provctl-system");
    }

    @Test
    void switchesChangeWhatIsRendered() {
        Rendered on = template("--set", "webhook.enabled=true", "--set", "serviceMonitor.enabled=false",
                "--set", "replicas=3", "--set", "log.format=console", "--set", "features.rightsizing=true");
        assertThat(on.kind("ServiceMonitor")).isEmpty();
        assertThat(on.kind("ValidatingWebhookConfiguration")).singleElement().satisfies(w ->
                assertThat(w.getMetadata().getAnnotations()).containsKey("cert-manager.io/inject-ca-from"));
        assertThat(on.kind("MutatingWebhookConfiguration")).hasSize(1);
        assertThat(on.deployment().getSpec().getReplicas()).isEqualTo(3);
        var c = DeployManifestsTest.operator(on.deployment());
        assertThat(c.getArgs()).contains("--log-format=console");
        assertThat(c.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("PROVCTL_FEATURE_RIGHTSIZING");
            assertThat(e.getValue()).isEqualTo("true");
        });
        Cli.commandLine(CliEnvironment.system()).parseArgs(c.getArgs().toArray(String[]::new));
    }

    @Test
    void chartCrdsAreTheGeneratedOnes() throws Exception {
        for (String file : Crds.FILES) {
            assertThat(Files.readString(CHART.resolve("crds").resolve(file))).as("helm crds/%s", file).isEqualTo(Crds.read(file));
            assertThat(Files.readString(Tools.DEPLOY.resolve("crds").resolve(file))).as("deploy/crds/%s", file)
                    .isEqualTo(Crds.read(file));
        }
        assertThat(Files.readString(Tools.DEPLOY.resolve("crds/kustomization.yaml"))).contains(Crds.FILES);
    }

    @Test
    void theReadmeDocumentsEveryValue() throws Exception {
        JsonNode values = new YAMLMapper().readTree(CHART.resolve("values.yaml").toFile());
        String readme = Files.readString(CHART.resolve("README.md"));
        List<String> keys = new ArrayList<>();
        leaves("", values, keys);
        for (String key : keys) {
            String documented = key.startsWith("resources.") ? "resources" : key;
            assertThat(readme).as("README row for %s", key).contains("| `" + documented + "` |");
        }
    }

    private static void leaves(String prefix, JsonNode node, List<String> out) {
        if (!node.isObject()) {
            out.add(prefix);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            leaves(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
        }
    }

    private static Rendered template(String... sets) {
        Path helm = Tools.require("helm", "the Helm chart's rendering");
        List<String> command = new ArrayList<>(List.of(helm.toString(), "template", "provctl", CHART.toString(),
                "--namespace", "provctl-system", "--include-crds"));
        command.addAll(List.of(sets));
        return Rendered.parse("helm template", Tools.runOk(command));
    }
}
