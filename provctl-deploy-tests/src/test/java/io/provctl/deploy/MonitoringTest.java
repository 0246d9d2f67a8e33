package io.provctl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the alerts use only series a running operator exports (scraped over HTTP from
 * the real operator on the mock API server), series Prometheus or kube-state-metrics make, or names
 * listed in assumed-metrics.txt; the rules pass `promtool check rules` when promtool is installed.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class MonitoringTest {

    /** Series made by Prometheus itself (up) and by kube-state-metrics, not by the operator. */
    private static final Set<String> EXTERNAL = Set.of("up", "kube_pod_status_phase");
    private static final Pattern SERIES = Pattern.compile("\\b(provctl_[a-z_]+|kube_[a-z_]+|up)\\b(?=\\s*[{\\[)]|\\s|$)");
    private static final Path MONITORING = Tools.DEPLOY.resolve("monitoring");

    KubernetesClient client;
    KubernetesMockServer server;

    @TempDir
    Path dir;

    @Test
    void dashboardAndAlertsUseOnlyExportedMetrics() throws Exception {
        String scrape = RunningOperator.drive(client, server, dir).scrape();
        Set<String> exported = exported(scrape);
        // The phases the alerts watch are label values the operator exports.
        Matcher phase = Pattern.compile("provctl_managednode_phase\\{phase=\"([A-Za-z]+)\"").matcher(String.join("\n", ruleExpressions()));
        int phases = 0;
        while (phase.find()) {
            assertThat(scrape).contains("provctl_managednode_phase{phase=\"" + phase.group(1) + "\"");
            phases++;
        }
        assertThat(phases).isEqualTo(4);
        assertThat(exported).contains("provctl_nodegroup_desired_nodes", "provctl_managednode_phase",
                "provctl_reconcile_errors_total", "provctl_provider_requests_total",
                "provctl_provider_request_duration_seconds_count");
        Set<String> assumed = assumed();
        assertThat(assumed).as("assumed-metrics.txt lists a metric the operator now exports: remove its line")
                .doesNotContainAnyElementsOf(exported);

        Set<String> referenced = new TreeSet<>();
        referenced.addAll(series(dashboardQueries()));
        referenced.addAll(series(ruleExpressions()));
        Set<String> allowed = new HashSet<>(exported);
        allowed.addAll(EXTERNAL);
        allowed.addAll(assumed);
        assertThat(referenced).as("series in the dashboard or the rules").isNotEmpty().isSubsetOf(allowed);
        assertThat(assumed).as("assumed-metrics.txt lists a metric nothing uses").isSubsetOf(referenced);
    }

    @Test
    void dashboardCoversWhatTheIssueAsksFor() throws Exception {
        String queries = String.join("\n", dashboardQueries());
        assertThat(queries).contains("provctl_nodegroup_desired_nodes", "provctl_nodegroup_current_nodes",
                "provctl_nodegroup_ready_nodes", "provctl_managednode_phase", "provctl_provider_requests_total",
                "provctl_provider_request_duration_seconds", "provctl_reconcile_duration_seconds",
                "provctl_reconcile_errors_total", "kube_pod_status_phase", "provctl_provider_circuit_state",
                "provctl_costopt_monthly_savings_usd");
    }

    @Test
    void everyAlertHasASeverityASummaryAndARunbookSectionThatExists() throws Exception {
        JsonNode rules = new YAMLMapper().readTree(MONITORING.resolve("prometheus-rules.yaml").toFile());
        String operations = Files.readString(Tools.DEPLOY.resolve("../docs/operations.md"));
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : rules.get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                alerts.add(rule.get("alert").asText());
                assertThat(rule.at("/labels/severity").asText()).isIn("warning", "critical");
                assertThat(rule.at("/annotations/summary").asText()).isNotBlank();
                String anchor = rule.at("/annotations/runbook").asText().replace("docs/operations.md#", "");
                assertThat(operations.toLowerCase()).as("docs/operations.md has a heading for #%s", anchor)
                        .containsPattern("(?m)^#+ .*" + Pattern.quote(anchor));
            }
        }
        assertThat(alerts).contains("ProvctlOperatorDown", "ProvctlReconcileErrorsRising", "ProvctlProviderCircuitOpen",
                "ProvctlNodeStuckProvisioning", "ProvctlScaleUpBlockedAtMax", "ProvctlRollbacksHappening");
    }

    @Test
    void promtoolAcceptsTheRules() {
        Path promtool = Tools.require("promtool", "the alert rules' PromQL syntax");
        String out = Tools.runOk(List.of(promtool.toString(), "check", "rules",
                MONITORING.resolve("prometheus-rules.yaml").toString()));
        assertThat(out).contains("SUCCESS");
    }

    /** Family and series names in a Prometheus text scrape. */
    static Set<String> exported(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
            names.add(line.substring(0, end));
        }
        return names;
    }

    private static List<String> dashboardQueries() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        dashboard.get("panels").forEach(p -> p.get("targets").forEach(t -> exprs.add(t.get("expr").asText())));
        return exprs;
    }

    private static List<String> ruleExpressions() throws Exception {
        JsonNode rules = new YAMLMapper().readTree(MONITORING.resolve("prometheus-rules.yaml").toFile());
        List<String> exprs = new ArrayList<>();
        rules.get("groups").forEach(g -> g.get("rules").forEach(r -> exprs.add(r.get("expr").asText())));
        return exprs;
    }

    private static Set<String> series(List<String> exprs) {
        Set<String> names = new TreeSet<>();
        for (String expr : exprs) {
            Matcher m = SERIES.matcher(expr);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static Set<String> assumed() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(MONITORING.resolve("assumed-metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("\\s+")[0]);
            }
        }
        return names;
    }
}
