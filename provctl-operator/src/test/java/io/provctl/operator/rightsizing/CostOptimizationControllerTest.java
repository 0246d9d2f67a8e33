package io.provctl.operator.rightsizing;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimization;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationPhase;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationSpec;
import io.provctl.operator.api.v1alpha1.costoptimization.CostOptimizationStatus;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationApiGroup;
import io.provctl.operator.api.v1alpha1.costoptimization.OptimizationTypeName;
import io.provctl.operator.api.v1alpha1.costoptimization.RecommendationStatus;
import io.provctl.operator.api.v1alpha1.costoptimization.ScheduleRangeStatus;
import io.provctl.operator.testsupport.OperatorHarness;
import io.provctl.operator.testsupport.Rightsizing;
import io.provctl.rightsizing.Resources;
import io.provctl.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import static io.provctl.operator.testsupport.OperatorHarness.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The controller on the CRUD mock with the real client: one reconcile at a time, a clock the test moves. */
@EnableKubernetesMockClient(crud = true, https = false)
class CostOptimizationControllerTest {

    private static final Map<String, Quantity> ORIGINAL_REQUESTS = Map.of("cpu", new Quantity("1"),
            "memory", new Quantity("1Gi"));
    private static final Map<String, Quantity> ORIGINAL_LIMITS = Map.of("cpu", new Quantity("2"),
            "memory", new Quantity("2Gi"));

    KubernetesClient client;

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private final Rightsizing.SteadyUsage usage = new Rightsizing.SteadyUsage(3, 200, 300 * Resources.MIB);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private CostOptimizationController controller;

    @BeforeEach
    void setUp() {
        OperatorHarness.installCrds(client);
        client.resource(Rightsizing.deployment("web", 3)).create();
        controller = new CostOptimizationController(client, RightsizingSettings.defaults(usage), clock,
                new CostOptimizationMetrics(registry));
    }

    @Test
    void dryRunWritesTheRecommendationAndNeverPatches() {
        create(s -> { });

        Duration next = reconcile();

        CostOptimizationStatus status = status();
        assertThat(status.getPhase()).isEqualTo(CostOptimizationPhase.Ready);
        assertThat(status.getMessage()).startsWith("not applied: ").contains("dryRun is set", "autoApply is off");
        assertThat(status.getCurrentRecommendation().getChanges()).containsExactly(
                "app: cpu 1 -> 500m, memory 1Gi -> 512Mi", "replicas 3 -> 2");
        assertThat(status.getCurrentRecommendation().getConfidence()).isEqualTo(0.875);
        assertThat(status.getCurrentRecommendation().getMonthlySavings()).isNotEqualTo("0.00");
        assertThat(status.getLastAnalysis()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(next).isEqualTo(Duration.ofMinutes(30));
        assertOriginalResources();
        assertThat(rollbackState()).isNull();
        assertThat(registry.scrape()).contains("provctl_costopt_recommendations_total{optimization_type=\"ALL\"} 1.0");
    }

    @Test
    void autoApplyPatchesTheDeploymentAndStoresTheOriginal() {
        create(Rightsizing.automatic());

        reconcile();

        CostOptimizationStatus status = status();
        assertThat(status.getPhase()).as(status.getMessage()).isEqualTo(CostOptimizationPhase.Applied);
        assertThat(status.getAppliedOptimizations()).isEqualTo(1);
        assertThat(status.getLastApplied()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(status.getTotalSavings()).isEqualTo(status.getCurrentRecommendation().getMonthlySavings());
        ResourceRequirements now = resources();
        assertThat(now.getRequests()).containsEntry("cpu", new Quantity("800m"));
        assertThat(now.getLimits()).containsEntry("cpu", new Quantity("1600m"));
        assertThat(Quantity.getAmountInBytes(now.getRequests().get("memory")).longValue())
                .isLessThan(Resources.GIB).isGreaterThanOrEqualTo((long) (0.8 * Resources.GIB));
        ConfigMap state = rollbackState();
        assertThat(state.getMetadata().getLabels()).containsEntry(OptimizationApiGroup.COSTOPTIMIZATION_LABEL, "web-opt")
                .containsEntry(OptimizationApiGroup.MANAGED_BY_LABEL, "provctl");
        assertThat(state.getMetadata().getOwnerReferences()).singleElement()
                .satisfies(o -> assertThat(o.getKind()).isEqualTo("CostOptimization"));
        assertThat(state.getData().get(RollbackStateStore.LABELS_KEY)).contains("\"team\":\"shop\"");
        assertThat(deployment().getMetadata().getAnnotations())
                .containsEntry(OptimizationApiGroup.ROLLBACK_STATE_ANNOTATION, "web-rollback-state");
        assertThat(registry.scrape()).contains("provctl_costopt_optimizations_applied_total{optimization_type=\"ALL\"} 1.0")
                .contains("provctl_costopt_monthly_savings_usd " + Double.parseDouble(status.getTotalSavings()));
    }

    @Test
    void aRefusingGateKeepsPhaseReadyWithTheReason() {
        create(Rightsizing.automatic().andThen(s -> s.setMinConfidence(0.95)));

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Ready);
        assertThat(status().getMessage()).startsWith("not applied: ").contains("confidence");
        assertOriginalResources();
    }

    @Test
    void aLargerCapRaisesTheRiskAboveTheLimitAndIsRefused() {
        create(Rightsizing.automatic().andThen(s -> s.setMaxChangePercent(50)));

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Ready);
        assertThat(status().getCurrentRecommendation().getRisk().name()).isEqualTo("CRITICAL");
        assertThat(status().getMessage()).contains("risk");
        assertOriginalResources();
    }

    @Test
    void oomKillsAfterTheChangeRollItBackToTheExactOriginal() {
        create(Rightsizing.automatic());
        reconcile();
        client.resource(Rightsizing.oomKilledPod(client, "web-5d8f-new")).create();
        clock.advance(Duration.ofMinutes(1));

        reconcile();

        CostOptimizationStatus status = status();
        assertThat(status.getPhase()).isEqualTo(CostOptimizationPhase.RolledBack);
        assertThat(status.getMessage()).contains("1 OOM kill(s) after the change", "original state verified");
        assertThat(status.getTotalSavings()).isEqualTo("0.00");
        assertOriginalResources();
        assertThat(deployment().getMetadata().getAnnotations())
                .doesNotContainKey(OptimizationApiGroup.ROLLBACK_STATE_ANNOTATION);
        assertThat(rollbackState()).isNull();
        assertThat(registry.scrape()).contains("provctl_costopt_rollbacks_total 1.0");

        clock.advance(Duration.ofHours(6));
        reconcile();
        assertThat(status().getPhase()).as("never re-applied on the same spec").isEqualTo(CostOptimizationPhase.RolledBack);
        assertOriginalResources();
    }

    @Test
    void withoutRollbackOnFailureAFailedChangeIsReportedAndKept() {
        create(Rightsizing.automatic().andThen(s -> s.setRollbackOnFailure(false)));
        reconcile();
        client.resource(Rightsizing.oomKilledPod(client, "web-5d8f-new")).create();

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Failed);
        assertThat(status().getMessage()).startsWith("the change failed and is kept (rollbackOnFailure is false)");
        assertThat(resources().getRequests()).containsEntry("cpu", new Quantity("800m"));
        assertThat(registry.scrape()).contains("provctl_costopt_optimizations_failed_total{reason=\"rollout_failed\"} 1.0");
    }

    @Test
    void podsOnTheOldSizeDoNotCountAndAQuietWatchEndsStable() {
        create(Rightsizing.automatic());
        reconcile();
        client.resource(new io.fabric8.kubernetes.api.model.PodBuilder(Rightsizing.oomKilledPod(client, "old"))
                .editSpec().editFirstContainer().withResources(Rightsizing.resources("1", "1Gi", "2", "2Gi"))
                .endContainer().endSpec().build()).create();

        clock.advance(Duration.ofMinutes(11));
        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Applied);
        assertThat(status().getConditions()).anySatisfy(c -> {
            assertThat(c.getType()).isEqualTo("Applied");
            assertThat(c.getReason()).isEqualTo("Stable");
        });
    }

    @Test
    void anAnalysisRunsOnlyWhenTheScheduleIsDue() {
        create(s -> { });
        reconcile();
        assertThat(usage.queries()).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        Duration next = reconcile();
        assertThat(usage.queries()).as("not due at 13:00 on a 6-hourly schedule").isEqualTo(1);
        assertThat(status().getLastAnalysis()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(next).isEqualTo(Duration.ofMinutes(30));

        clock.advance(Duration.ofHours(5));
        reconcile();
        assertThat(usage.queries()).isEqualTo(2);
        assertThat(status().getLastAnalysis()).isEqualTo("2026-11-23T18:00:00Z");
    }

    @Test
    void aSpecChangeAnalysesAtOnce() {
        create(s -> { });
        reconcile();
        client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt")
                .edit(co -> { co.getSpec().setMaxChangePercent(10); return co; });

        reconcile();

        assertThat(usage.queries()).isEqualTo(2);
        assertThat(status().getCurrentRecommendation().getChanges()).containsExactly(
                "app: cpu 1 -> 900m, memory 1Gi -> 966367642");
    }

    @Test
    void deletingTheResourceRollsBackAnAppliedChange() {
        create(Rightsizing.automatic());
        reconcile();

        controller.cleanup(current());

        assertOriginalResources();
        assertThat(rollbackState()).isNull();
    }

    @Test
    void aSecondChangeStillRollsBackToTheFirstOriginals() {
        create(Rightsizing.automatic());
        reconcile();
        clock.advance(Duration.ofMinutes(11));
        reconcile();
        clock.advance(Duration.ofHours(6));

        reconcile();

        assertThat(status().getAppliedOptimizations()).isEqualTo(2);
        assertThat(resources().getRequests()).containsEntry("cpu", new Quantity("640m"));
        controller.cleanup(current());
        assertOriginalResources();
    }

    @Test
    void aScheduledScalingRecommendationShowsItsRangesAndDailyPattern() {
        controller = new CostOptimizationController(client,
                RightsizingSettings.defaults(Rightsizing.dailyUsage(3, 800, 100)), clock,
                new CostOptimizationMetrics(registry));
        create(s -> s.setOptimizationType(OptimizationTypeName.SCHEDULED_SCALING));

        reconcile();

        RecommendationStatus r = status().getCurrentRecommendation();
        assertThat(status().getPhase()).as(status().getMessage()).isEqualTo(CostOptimizationPhase.Ready);
        // day: 3 x 800 m x 1.15 / 1 CPU = 2.76 -> 3; night: 3 x 100 m x 1.15 / 1 CPU -> 1
        assertThat(r.getSchedule()).extracting(ScheduleRangeStatus::getFromHour, ScheduleRangeStatus::getToHour,
                ScheduleRangeStatus::getReplicas).containsExactly(tuple(0, 8, 1), tuple(8, 20, 3), tuple(20, 24, 1));
        assertThat(r.getDailyPattern()).satisfies(p -> {
            assertThat(p.getPeakHour()).isEqualTo(8);
            assertThat(p.getPeakCpu()).isEqualTo("2400m");
            assertThat(p.getTroughHour()).isZero();
            assertThat(p.getTroughCpu()).isEqualTo("300m");
            assertThat(p.getPeakToTroughFactor()).isEqualTo(8.0);
        });
        assertOriginalResources();

        client.resources(CostOptimization.class).inNamespace(NAMESPACE).withName("web-opt")
                .edit(co -> { co.getSpec().setOptimizationType(OptimizationTypeName.CPU); return co; });
        reconcile();
        assertThat(status().getCurrentRecommendation().getSchedule()).as("the list is replaced, not merged").isNull();
    }

    @Test
    void anInvalidSpecFailsWithEveryReason() {
        create(s -> {
            s.setAutoApply(true);
            s.setMaxChangePercent(90);
        });

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Failed);
        assertThat(status().getMessage()).contains("spec.dryRun false", "maxChangePercent up to 80");
        assertThat(usage.queries()).isZero();
    }

    @Test
    void aMissingTargetFails() {
        client.apps().deployments().inNamespace(NAMESPACE).withName("web").delete();
        create(s -> { });

        reconcile();

        assertThat(status().getPhase()).isEqualTo(CostOptimizationPhase.Failed);
        assertThat(status().getMessage()).isEqualTo("default/Deployment/web does not exist");
    }

    private void create(Consumer<CostOptimizationSpec> spec) {
        client.resource(Rightsizing.costOptimization("web-opt", spec)).create();
    }

    private Duration reconcile() {
        return controller.reconcile(current());
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

    private ResourceRequirements resources() {
        return deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getResources();
    }

    private ConfigMap rollbackState() {
        return client.configMaps().inNamespace(NAMESPACE).withName("web-rollback-state").get();
    }

    private void assertOriginalResources() {
        assertThat(resources().getRequests()).isEqualTo(ORIGINAL_REQUESTS);
        assertThat(resources().getLimits()).isEqualTo(ORIGINAL_LIMITS);
    }
}
