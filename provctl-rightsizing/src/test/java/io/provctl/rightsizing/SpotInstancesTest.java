package io.provctl.rightsizing;

import io.provctl.cost.pricing.PriceSources;
import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.apply.ApplyDecision;
import io.provctl.rightsizing.apply.PatchPlanner;
import io.provctl.rightsizing.apply.RollbackVerifier;
import io.provctl.rightsizing.apply.WorkloadPatch;
import io.provctl.rightsizing.placement.NodeSelectorRequirement;
import io.provctl.rightsizing.placement.PodPlacement;
import io.provctl.rightsizing.placement.PreferredSchedulingTerm;
import io.provctl.rightsizing.placement.SpotNodes;
import io.provctl.rightsizing.placement.Toleration;
import io.provctl.rightsizing.policy.AutoApplyGate;
import io.provctl.rightsizing.policy.Gate;
import io.provctl.rightsizing.policy.GateDecision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static io.provctl.rightsizing.Resources.GIB;
import static io.provctl.rightsizing.Usages.NOW;
import static io.provctl.rightsizing.Usages.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SPOT_INSTANCES end to end through the recommender, the gate and the patch planner. */
class SpotInstancesTest {

    private static final ResourcePrices M5_LARGE = ResourcePrices.fromNode(PriceSources.embedded(), "aws",
            "us-east-1", "m5.large", ResourcePrices.DEFAULT_CPU_SHARE).orElseThrow();
    private static final OptimizationPolicy SPOT = OptimizationPolicy.defaults(OptimizationType.SPOT_INSTANCES);
    private static final Toleration DEDICATED = new Toleration("dedicated", "Equal", "shop", "NoSchedule",
            OptionalLong.empty());
    private static final PreferredSchedulingTerm ZONE = new PreferredSchedulingTerm(20,
            List.of(new NodeSelectorRequirement("topology.kubernetes.io/zone", "In", List.of("us-east-1a"))), List.of());

    private final Recommender recommender = Recommender.withVpaDefaults();

    /** 3 replicas of 1 CPU and 2 GiB behind a PDB keeping 2 available, with a toleration and a preference of its own. */
    private static WorkloadSpec covered(int replicas, int pdbMinAvailable) {
        return WorkloadSpec.of(WEB, replicas, ContainerSpec.of("app", 1000, 2 * GIB))
                .withTemplate(new PodTemplateFacts(List.of(), List.of(new PdbCoverage("web-pdb", pdbMinAvailable)),
                        new PodPlacement(List.of(DEDICATED), List.of(ZONE))));
    }

    private Analysis analyze(WorkloadSpec w, Duration history) {
        OptimizationPolicy p = history.toDays() > 7 ? SPOT.withMetricsWindow(MetricsWindow.THIRTY_DAYS) : SPOT;
        return recommender.analyze(w, Usages.create().constant("web-1-a", "app", history, 300, GIB).build(), p,
                M5_LARGE, NOW);
    }

    private Recommendation recommend(WorkloadSpec w) {
        return (Recommendation) analyze(w, Duration.ofDays(7));
    }

    private String refusal(WorkloadSpec w) {
        Analysis a = analyze(w, Duration.ofDays(7));
        assertThat(a).isInstanceOf(NotApplicable.class);
        return ((NotApplicable) a).reason();
    }

    @Test
    void aStatefulSetIsRefusedAsStateful() {
        WorkloadSpec w = WorkloadSpec.of(new WorkloadRef("shop", WorkloadKind.STATEFUL_SET, "db"), 3,
                ContainerSpec.of("app", 1000, GIB)).withTemplate(covered(3, 2).template());
        assertThat(refusal(w)).startsWith("a StatefulSet's pods own state and identity");
    }

    @Test
    void aDaemonSetIsRefusedSinceItRunsEverywhere() {
        WorkloadSpec w = WorkloadSpec.of(new WorkloadRef("kube-system", WorkloadKind.DAEMON_SET, "agent"), 3,
                ContainerSpec.of("app", 100, GIB));
        assertThat(refusal(w)).startsWith("a DaemonSet runs one pod on every node");
    }

    @Test
    void aPersistentVolumeClaimIsRefused() {
        WorkloadSpec w = covered(3, 2).withTemplate(new PodTemplateFacts(List.of("data"),
                covered(3, 2).template().pdbs(), PodPlacement.none()));
        assertThat(refusal(w)).isEqualTo("the pod template mounts PersistentVolumeClaim volume(s) [data]: pods that "
                + "own a volume are not stateless");
    }

    @Test
    void oneReplicaIsRefused() {
        assertThat(refusal(covered(1, 0))).isEqualTo("1 replica(s): spot needs at least 2, since a reclaimed spot "
                + "node would take every pod away");
    }

    @Test
    void noPdbIsRefused() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 3, ContainerSpec.of("app", 1000, GIB));
        assertThat(refusal(w)).isEqualTo("no PodDisruptionBudget selects the pod template's labels: draining a "
                + "reclaimed spot node could evict every pod at once");
    }

    @Test
    void aPdbAllowingNoDisruptionIsRefused() {
        assertThat(refusal(covered(3, 3))).startsWith("PodDisruptionBudget web-pdb keeps 3 of 3 pods available "
                + "and so allows no disruption");
    }

    @Test
    void theTightestOfSeveralPdbsCounts() {
        WorkloadSpec w = covered(3, 1).withTemplate(new PodTemplateFacts(List.of(),
                List.of(new PdbCoverage("loose", 1), new PdbCoverage("strict", 3)), PodPlacement.none()));
        assertThat(refusal(w)).startsWith("PodDisruptionBudget strict keeps 3 of 3");
    }

    @Test
    void podsAlreadyToleratingAndPreferringSpotHaveNothingToChange() {
        WorkloadSpec w = covered(3, 2).withTemplate(new PodTemplateFacts(List.of(), covered(3, 2).template().pdbs(),
                PodPlacement.none().withSpot()));
        assertThat(refusal(w)).startsWith("the pods already tolerate the spot taint").endsWith("nothing to change");
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        WorkloadSpec w = WorkloadSpec.of(WEB, 1, ContainerSpec.of("app", 1000, GIB))
                .withTemplate(new PodTemplateFacts(List.of("data"), List.of(), PodPlacement.none()));
        assertThat(refusal(w).split("; ")).hasSize(3);
    }

    @Test
    void aToleranceWithoutThePreferenceStillGetsThePreference() {
        WorkloadSpec w = covered(3, 2).withTemplate(new PodTemplateFacts(List.of(), covered(3, 2).template().pdbs(),
                new PodPlacement(List.of(SpotNodes.toleration()), List.of())));
        Recommendation r = recommend(w);
        assertThat(r.placement().orElseThrow().after().tolerations()).containsExactly(SpotNodes.toleration());
        assertThat(r.placement().orElseThrow().describe()).containsExactly("add preferred node affinity weight 100: "
                + "[node.provctl.io/capacity-type In [spot]]");
    }

    @Test
    void theChangeAddsTheSpotTolerationAndPreferenceAndKeepsWhatIsThere() {
        Recommendation r = recommend(covered(3, 2));

        PodPlacement after = r.placement().orElseThrow().after();
        assertThat(after.tolerations()).containsExactly(DEDICATED, SpotNodes.toleration());
        assertThat(after.preferredNodeAffinity()).containsExactly(ZONE, SpotNodes.preference());
        assertThat(r.placement().orElseThrow().describe()).containsExactly(
                "add toleration node.provctl.io/capacity-type=spot:NoSchedule",
                "add preferred node affinity weight 100: [node.provctl.io/capacity-type In [spot]]");
        assertThat(r.containers()).isEmpty();
        assertThat(r.replicas()).isEmpty();
        assertThat(r.changesAnything()).isTrue();
        assertThat(r.largestChangePercent()).hasValue(0);
    }

    @Test
    void theSavingIsTheRequestsCostTimesTheAssumedDiscountAndSaysSo() {
        Recommendation r = recommend(covered(3, 2));

        // 3 x (1 vCPU x 0.024 + 2 GiB x 0.006) x 730 h = 78.84; spot at 30 % of it.
        assertThat(r.currentMonthlyCost()).isEqualByComparingTo("78.84");
        assertThat(r.optimizedMonthlyCost()).isEqualByComparingTo("23.65");
        assertThat(r.monthlySavings()).isEqualByComparingTo("55.19");
        assertThat(r.pricingBasis()).contains("aws/us-east-1/m5.large at $0.096/h")
                .contains("estimated with a 70% default spot discount")
                .contains("the catalog has no spot price for aws/us-east-1/m5.large");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("assumes every pod runs on spot"));
    }

    @Test
    void aCatalogSpotPriceGivesTheRatio() {
        ResourcePrices gcp = ResourcePrices.fromNode(PriceSources.embedded(), "gcp", "us-central1", "n2-standard-4",
                ResourcePrices.DEFAULT_CPU_SHARE).orElseThrow();

        assertThat(gcp.spot().assumed()).isFalse();
        assertThat(gcp.spot().ratio()).as("0.0470 / 0.1942").isEqualByComparingTo(
                new BigDecimal("0.0470").divide(new BigDecimal("0.1942"), MathContext.DECIMAL64));
        Recommendation r = (Recommendation) recommender.analyze(covered(3, 2),
                Usages.create().constant("web-1-a", "app", Duration.ofDays(7), 300, GIB).build(), SPOT, gcp, NOW);
        assertThat(r.pricingBasis()).contains("spot price of gcp/us-central1/n2-standard-4 from the catalog: "
                + "$0.0470/h against $0.1942/h on demand (76% less");
    }

    @Test
    void riskIsMediumForAWellCoveredWorkloadAndNeverLow() {
        Recommendation r = recommend(covered(5, 4));
        assertThat(r.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(r.risk().reasons()).containsExactly("spot nodes can be reclaimed at short notice -> MEDIUM");
    }

    @Test
    void twoReplicasAreHighRisk() {
        Recommendation r = recommend(covered(2, 1));
        assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(r.risk().reasons()).contains("2 replicas: one reclaimed node halves the capacity -> HIGH");
    }

    @Test
    void aPdbAllowingMoreThanHalfToGoIsHighRisk() {
        Recommendation r = recommend(covered(4, 1));
        assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(r.risk().reasons()).contains("PodDisruptionBudget web-pdb allows 3 of 4 pods to be disrupted at "
                + "once, more than half -> HIGH");
    }

    @Test
    void confidenceIsTheHistoryCappedByReplicasAndPdb() {
        assertThat(recommend(covered(3, 2)).confidence()).as("7 days, 3 replicas").isCloseTo(0.875, within(0.001));
        assertThat(((Recommendation) analyze(covered(5, 4), Duration.ofDays(30))).confidence())
                .as("30 days, 5 replicas: the cap").isEqualTo(0.95);
        assertThat(((Recommendation) analyze(covered(3, 2), Duration.ofDays(30))).confidence())
                .as("30 days, 3 replicas").isEqualTo(0.9);
        assertThat(recommend(covered(2, 1)).confidence()).as("2 replicas").isEqualTo(0.6);
        assertThat(recommend(covered(4, 1)).confidence()).as("PDB allows 3 of 4").isEqualTo(0.7);
        assertThat(((Recommendation) analyze(covered(3, 2), Duration.ofDays(1))).confidence())
                .as("one day of history").isBetween(0.49, 0.51);
    }

    @Test
    void aWellCoveredWorkloadIsAppliedOnlyAboveTheSpotMinimum() {
        Recommendation r = recommend(covered(3, 2));
        OptimizationPolicy auto = SPOT.automatic().withMinConfidence(0.5);

        assertThat(AutoApplyGate.evaluate(r, covered(3, 2), auto.withMinConfidence(0.8)))
                .isInstanceOf(GateDecision.AutoApply.class);
        Recommendation shortHistory = (Recommendation) analyze(covered(3, 2), Duration.ofDays(3));
        GateDecision d = AutoApplyGate.evaluate(shortHistory, covered(3, 2), auto);
        assertThat(d).isInstanceOfSatisfying(GateDecision.ManualOnly.class, m -> {
            assertThat(m.refusedBy(Gate.LOW_CONFIDENCE)).isTrue();
            assertThat(m.failures().get(0).message()).isEqualTo("confidence 0.75 is below the spot minimum 0.80");
        });
        assertThat(AutoApplyGate.evaluate(recommend(covered(2, 1)), covered(2, 1), auto.withMinConfidence(0.8)))
                .isInstanceOfSatisfying(GateDecision.ManualOnly.class, m -> assertThat(m.refusedBy(Gate.RISK_TOO_HIGH)).isTrue());
    }

    @Test
    void thePatchHoldsTheOriginalPlacementAndTheVerifierChecksIt() {
        WorkloadSpec w = covered(3, 2);
        ApplyDecision decision = ApplyDecision.decide(recommend(w), w, SPOT.automatic().withMinConfidence(0.8));
        assertThat(decision).isInstanceOf(ApplyDecision.Apply.class);
        WorkloadPatch patch = ((ApplyDecision.Apply) decision).patch();

        assertThat(patch.containers()).isEmpty();
        assertThat(patch.placement().orElseThrow().before()).isEqualTo(w.template().placement());
        assertThat(patch.inverse().placement().orElseThrow().after()).isEqualTo(w.template().placement());
        assertThat(RollbackVerifier.differences(patch, w)).isEmpty();
        WorkloadSpec stillOnSpot = w.withTemplate(new PodTemplateFacts(List.of(), w.template().pdbs(),
                patch.placement().orElseThrow().after()));
        assertThat(RollbackVerifier.differences(patch, stillOnSpot)).containsExactly(
                "tolerations are " + List.of(DEDICATED, SpotNodes.toleration()) + ", expected " + List.of(DEDICATED),
                "preferred node affinity is " + List.of(ZONE, SpotNodes.preference()) + ", expected " + List.of(ZONE));
        assertThat(PatchPlanner.patchFor(recommend(w), w)).isEqualTo(patch);
    }
}
