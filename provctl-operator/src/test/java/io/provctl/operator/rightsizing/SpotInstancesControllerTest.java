package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTermBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationPhase;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationStatus;
import io.provctl.operator.api.v1alpha1.costoptimization.RiskLevelName;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.operator.testsupport.Rightsizing;
import io.provctl.operator.testsupport.SpotFixtures;
import io.provctl.rightsizing.Resources;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** SPOT_INSTANCES through the controller on the CRUD mock: one reconcile at a time, a clock the test moves. */
@EnableKubernetesMockClient(crud = true, https = false)
class SpotInstancesControllerTest {

    private static final String ADD_TOLERATION = "add toleration node.provctl.io/capacity-type=spot:NoSchedule";
    private static final String ADD_PREFERENCE =
            "add preferred node affinity weight 100: [node.provctl.io/capacity-type In [spot]]";

    KubernetesClient client;

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private CostOptimizationController controller;
    private Deployment original;

    @BeforeEach
    void setUp() {
        OperatorHarness.installCrds(client);
        original = client.resource(SpotFixtures.placedDeployment("web", 3)).create();
        controller = new CostOptimizationController(client,
                RightsizingSettings.defaults(new Rightsizing.SteadyUsage(3, 200, 300 * Resources.MIB)), clock,
                new CostOptimizationMetrics(registry));
    }

    @Test
    void aDryRunShowsTheRecommendationAndChangesNothing() {
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.spot());

        reconcile();

        CostOptimizationStatus status = status();
        assertThat(status.getPhase()).isEqualTo(CostOptimizationPhase.Ready);
        assertThat(status.getMessage()).startsWith("not applied: dryRun is set; autoApply is off")
                .endsWith("(costs use the reference node's prices: no pod of the workload is running)");
        assertThat(status.getCurrentRecommendation().getChanges()).containsExactly(ADD_TOLERATION, ADD_PREFERENCE);
        // 3 pods x (1 vCPU x $0.024 + 1 GiB x $0.006) x 730 h = $65.70; spot assumed at 30 % of it.
        assertThat(status.getCurrentRecommendation().getCurrentMonthlyCost()).isEqualTo("65.70");
        assertThat(status.getCurrentRecommendation().getOptimizedMonthlyCost()).isEqualTo("19.71");
        assertThat(status.getCurrentRecommendation().getMonthlySavings()).isEqualTo("45.99");
        assertThat(status.getCurrentRecommendation().getRisk()).isEqualTo(RiskLevelName.MEDIUM);
        assertThat(status.getCurrentRecommendation().getConfidence()).isEqualTo(0.875);
        assertUnchanged();
        assertThat(rollbackState()).isNull();
    }

    @Test
    void autoApplyAddsTheTolerationAndPreferenceAndKeepsTheOwnersPlacement() {
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.automaticSpot());

        reconcile();

        CostOptimizationStatus status = status();
        assertThat(status.getPhase()).as(status.getMessage()).isEqualTo(CostOptimizationPhase.Applied);
        assertThat(status.getMessage()).startsWith("applied: " + ADD_TOLERATION + "; " + ADD_PREFERENCE + " (costs use");
        assertThat(status.getTotalSavings()).isEqualTo("45.99");
        Deployment now = deployment();
        assertThat(SpotFixtures.tolerations(now)).containsExactly(SpotFixtures.DEDICATED, new TolerationBuilder()
                .withKey("node.provctl.io/capacity-type").withOperator("Equal").withValue("spot")
                .withEffect("NoSchedule").build());
        var affinity = SpotFixtures.affinity(now);
        var own = SpotFixtures.ownAffinity();
        assertThat(affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .isEqualTo(own.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
        assertThat(affinity.getPodAntiAffinity()).isEqualTo(own.getPodAntiAffinity());
        assertThat(affinity.getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()).containsExactly(
                own.getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution().get(0), spotPreference());
        assertThat(now.getSpec().getTemplate().getSpec().getContainers().get(0).getResources())
                .isEqualTo(original.getSpec().getTemplate().getSpec().getContainers().get(0).getResources());
        ConfigMap state = rollbackState();
        assertThat(state.getData().get(RollbackStateStore.PATCH_KEY))
                .contains("\"placement\":{\"before\":{\"tolerations\":[{\"key\":\"dedicated\",\"operator\":\"Equal\","
                        + "\"value\":\"shop\",\"effect\":\"NoSchedule\"}],\"preferredNodeAffinity\":[{\"weight\":20,");
        assertThat(registry.scrape())
                .contains("provctl_costopt_optimizations_applied_total{optimization_type=\"SPOT_INSTANCES\"} 1.0");
    }

    @Test
    void withoutAPdbItIsNotApplicableWithTheReason() {
        create(SpotFixtures.automaticSpot());

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Ready);
        assertThat(status().getMessage()).isEqualTo("no recommendation: no PodDisruptionBudget selects the pod "
                + "template's labels: draining a reclaimed spot node could evict every pod at once");
        assertThat(status().getCurrentRecommendation()).isNull();
        assertUnchanged();
    }

    @Test
    void aPdbOfOtherPodsDoesNotCount() {
        client.resource(new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder(
                SpotFixtures.pdb("db-pdb", 1)).editSpec().editSelector().editFirstMatchExpression()
                .withValues("db").endMatchExpression().endSelector().endSpec().build()).create();
        create(SpotFixtures.spot());

        reconcile();

        assertThat(status().getMessage()).startsWith("no recommendation: no PodDisruptionBudget selects");
    }

    @Test
    void theOperatorRefusesAutoApplyBelowTheSpotMinimumWithoutTheWebhook() {
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.automaticSpot().andThen(s -> s.setMinConfidence(0.7)));

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Failed);
        assertThat(status().getMessage()).contains("SPOT_INSTANCES needs spec.minConfidence of at least 0.8");
        assertUnchanged();
    }

    @Test
    void aShortHistoryIsShownNotApplied() {
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.automaticSpot().andThen(s -> s.setMetricsWindow("24h")));

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Ready);
        assertThat(status().getMessage()).startsWith("not applied: confidence 0.50 is below minConfidence 0.80");
        assertUnchanged();
    }

    @Test
    void twoReplicasAreTooRiskyToApply() {
        client.apps().deployments().inNamespace(NAMESPACE).withName("web").edit(d -> {
            d.getSpec().setReplicas(2);
            return d;
        });
        client.resource(SpotFixtures.pdb("web-pdb", 1)).create();
        create(SpotFixtures.automaticSpot());

        reconcile();

        assertThat(status().getCurrentRecommendation().getRisk()).isEqualTo(RiskLevelName.HIGH);
        assertThat(status().getMessage()).contains("risk HIGH is above maxRiskLevel MEDIUM");
        assertThat(SpotFixtures.tolerations(deployment())).containsExactly(SpotFixtures.DEDICATED);
    }

    @Test
    void deletingTheResourceRestoresTheOriginalPlacementExactly() {
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.automaticSpot());
        reconcile();

        controller.cleanup(current());

        assertUnchanged();
        assertThat(rollbackState()).isNull();
    }

    @Test
    void aTemplateWithNoPlacementAtAllGetsNoneBack() {
        client.apps().deployments().inNamespace(NAMESPACE).withName("web").delete();
        original = client.resource(Rightsizing.deployment("web", 3)).create();
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.automaticSpot());
        reconcile();
        assertThat(SpotFixtures.affinity(deployment()).getNodeAffinity()
                .getPreferredDuringSchedulingIgnoredDuringExecution()).containsExactly(spotPreference());

        controller.cleanup(current());

        assertThat(SpotFixtures.affinity(deployment())).isNull();
        assertThat(SpotFixtures.tolerations(deployment())).isEmpty();
        assertUnchanged();
    }

    @Test
    void aFailedRolloutRestoresTheOriginalPlacement() {
        client.resource(SpotFixtures.pdb("web-pdb", 2)).create();
        create(SpotFixtures.automaticSpot());
        reconcile();
        client.apps().deployments().inNamespace(NAMESPACE).withName("web").edit(d -> {
            d.setStatus(new DeploymentStatusBuilder().withConditions(new DeploymentConditionBuilder()
                    .withType("Progressing").withStatus("False").withReason("ProgressDeadlineExceeded").build())
                    .build());
            return d;
        });
        clock.advance(Duration.ofMinutes(1));

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.RolledBack);
        assertThat(status().getMessage()).contains("the rollout exceeded its progress deadline")
                .contains("original state verified");
        assertThat(status().getTotalSavings()).isEqualTo("0.00");
        assertUnchanged();
        assertThat(rollbackState()).isNull();
    }

    private static PreferredSchedulingTerm spotPreference() {
        return new PreferredSchedulingTermBuilder().withWeight(100).withNewPreference()
                .withMatchExpressions(new NodeSelectorRequirementBuilder().withKey("node.provctl.io/capacity-type")
                        .withOperator("In").withValues("spot").build()).endPreference().build();
    }

    private void create(Consumer<CostOptimizationSpec> spec) {
        client.resource(Rightsizing.costOptimization("web-opt", spec)).create();
    }

    private void reconcile() {
        controller.reconcile(current());
    }

    private CostOptimization current() {
        return client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt").get();
    }

    private CostOptimizationStatus status() {
        return current().getStatus();
    }

    private Deployment deployment() {
        return client.apps().deployments().inNamespace(NAMESPACE).withName("web").get();
    }

    private ConfigMap rollbackState() {
        return client.configMaps().inNamespace(NAMESPACE).withName("web-rollback-state").get();
    }

    /** The pod template as it was created: tolerations, affinity and resources alike. */
    private void assertUnchanged() {
        assertThat(deployment().getSpec().getTemplate()).isEqualTo(original.getSpec().getTemplate());
        assertThat(SpotFixtures.tolerations(deployment())).isEqualTo(List.copyOf(SpotFixtures.tolerations(original)));
    }
}
