package io.provctl.rightsizing.policy;

import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.Confidence;
import io.provctl.rightsizing.ContainerChange;
import io.provctl.rightsizing.ContainerEstimate;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.MetricsWindow;
import io.provctl.rightsizing.OptimizationPolicy;
import io.provctl.rightsizing.OptimizationType;
import io.provctl.rightsizing.Recommendation;
import io.provctl.rightsizing.ReplicaChange;
import io.provctl.rightsizing.Resources;
import io.provctl.rightsizing.RiskAssessment;
import io.provctl.rightsizing.RiskLevel;
import io.provctl.rightsizing.WorkloadSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AutoApplyGateTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    private static final Resources BEFORE = Resources.of(1000, 1000);
    private static final OptimizationPolicy AUTO = OptimizationPolicy.defaults(OptimizationType.ALL).automatic();

    private static WorkloadSpec workload(WorkloadRef ref, int replicas) {
        return WorkloadSpec.of(ref, replicas, ContainerSpec.of("app", BEFORE.cpuMillicores(), BEFORE.memoryBytes()));
    }

    private static Recommendation rec(WorkloadRef ref, Resources before, Resources after, double confidence,
                                      RiskLevel risk, Optional<ReplicaChange> replicas) {
        ContainerEstimate e = new ContainerEstimate("app", after, after, after, new Confidence(7), 0);
        return new Recommendation(ref, OptimizationType.ALL, MetricsWindow.SEVEN_DAYS,
                Instant.parse("2026-11-23T12:00:00Z"), List.of(new ContainerChange("app", before, after, after, e)),
                replicas, BigDecimal.TEN, BigDecimal.ONE, confidence, new RiskAssessment(risk, List.of("test")),
                "test prices", List.of());
    }

    /** A 20 % CPU reduction at confidence 0.9 and MEDIUM risk: passes the default gates. */
    private static Recommendation good(WorkloadRef ref) {
        return rec(ref, BEFORE, Resources.of(800, 1000), 0.9, RiskLevel.MEDIUM, Optional.empty());
    }

    private static GateDecision.ManualOnly refused(GateDecision d) {
        assertThat(d).isInstanceOf(GateDecision.ManualOnly.class);
        return (GateDecision.ManualOnly) d;
    }

    @Test
    void aConfidentModerateChangeUnderAnAutomaticPolicyIsApplied() {
        assertThat(AutoApplyGate.evaluate(good(WEB), workload(WEB, 3), AUTO)).isInstanceOf(GateDecision.AutoApply.class);
    }

    @Test
    void dryRunAndAutoApplyOffEachRefuse() {
        assertThat(refused(AutoApplyGate.evaluate(good(WEB), workload(WEB, 3), AUTO.withDryRun(true)))
                .failures()).extracting(GateFailure::gate).containsExactly(Gate.DRY_RUN);
        assertThat(refused(AutoApplyGate.evaluate(good(WEB), workload(WEB, 3), AUTO.withAutoApply(false)))
                .failures()).extracting(GateFailure::gate).containsExactly(Gate.AUTO_APPLY_OFF);
        assertThat(refused(AutoApplyGate.evaluate(good(WEB), workload(WEB, 3),
                OptimizationPolicy.defaults(OptimizationType.ALL))).failures())
                .extracting(GateFailure::gate).containsExactly(Gate.DRY_RUN, Gate.AUTO_APPLY_OFF);
    }

    @Test
    void confidenceMustReachMinConfidence() {
        Recommendation r = rec(WEB, BEFORE, Resources.of(800, 1000), 0.7, RiskLevel.LOW, Optional.empty());
        assertThat(AutoApplyGate.evaluate(r, workload(WEB, 3), AUTO.withMinConfidence(0.7)).allowed()).isTrue();
        assertThat(refused(AutoApplyGate.evaluate(r, workload(WEB, 3), AUTO.withMinConfidence(0.71)))
                .refusedBy(Gate.LOW_CONFIDENCE)).isTrue();
    }

    @Test
    void riskIsComparedByOrderAgainstMaxRiskLevel() {
        for (RiskLevel risk : RiskLevel.values()) {
            for (RiskLevel max : RiskLevel.values()) {
                Recommendation r = rec(WEB, BEFORE, Resources.of(800, 1000), 0.9, risk, Optional.empty());
                GateDecision d = AutoApplyGate.evaluate(r, workload(WEB, 3), AUTO.withMaxRiskLevel(max));
                assertThat(d.allowed()).as("risk %s under max %s", risk, max).isEqualTo(risk.ordinal() <= max.ordinal());
            }
        }
        Recommendation high = rec(WEB, BEFORE, Resources.of(800, 1000), 0.9, RiskLevel.HIGH, Optional.empty());
        assertThat(refused(AutoApplyGate.evaluate(high, workload(WEB, 3), AUTO)).failures())
                .extracting(GateFailure::message).containsExactly("risk HIGH is above maxRiskLevel MEDIUM");
    }

    @Test
    void everyChangeMustStayWithinMaxChangePercent() {
        Recommendation sixty = rec(WEB, BEFORE, Resources.of(400, 1000), 0.9, RiskLevel.LOW, Optional.empty());
        assertThat(refused(AutoApplyGate.evaluate(sixty, workload(WEB, 3), AUTO)).refusedBy(Gate.CHANGE_TOO_LARGE))
                .isTrue();
        assertThat(AutoApplyGate.evaluate(sixty, workload(WEB, 3), AUTO.withMaxChangePercent(60)).allowed()).isTrue();

        Recommendation replicas = rec(WEB, BEFORE, BEFORE, 0.9, RiskLevel.LOW, Optional.of(new ReplicaChange(10, 3, 3)));
        assertThat(refused(AutoApplyGate.evaluate(replicas, workload(WEB, 10), AUTO)).refusedBy(Gate.CHANGE_TOO_LARGE))
                .isTrue();
    }

    @Test
    void aRequestSetFromNothingIsNeverAutomatic() {
        Recommendation r = rec(WEB, Resources.of(0, 1000), Resources.of(100, 1000), 0.9, RiskLevel.LOW, Optional.empty());
        assertThat(refused(AutoApplyGate.evaluate(r, workload(WEB, 3), AUTO)).refusedBy(Gate.UNMEASURABLE_CHANGE))
                .isTrue();
    }

    @Test
    void nothingToChangeIsNotApplied() {
        Recommendation r = rec(WEB, BEFORE, BEFORE, 0.9, RiskLevel.LOW, Optional.empty());
        assertThat(refused(AutoApplyGate.evaluate(r, workload(WEB, 3), AUTO)).refusedBy(Gate.NOTHING_TO_CHANGE))
                .isTrue();
    }

    @Test
    void protectedTargetsAreNeverTouched() {
        WorkloadRef system = new WorkloadRef("kube-system", WorkloadKind.DEPLOYMENT, "web");
        WorkloadRef dns = new WorkloadRef("default", WorkloadKind.DEPLOYMENT, "coredns");
        assertThat(refused(AutoApplyGate.evaluate(good(system), workload(system, 3), AUTO))
                .refusedBy(Gate.PROTECTED_NAMESPACE)).isTrue();
        assertThat(refused(AutoApplyGate.evaluate(good(dns), workload(dns, 3), AUTO))
                .refusedBy(Gate.PROTECTED_WORKLOAD)).isTrue();
        WorkloadSpec controller = workload(WEB, 3).withLabels(Map.of("app.kubernetes.io/component", "controller"));
        assertThat(refused(AutoApplyGate.evaluate(good(WEB), controller, AUTO))
                .refusedBy(Gate.CONTROLLER_COMPONENT)).isTrue();
    }

    @Test
    void statefulSetReductionsAndDaemonSetReplicaChangesAreManual() {
        WorkloadRef db = new WorkloadRef("shop", WorkloadKind.STATEFUL_SET, "db");
        Recommendation shrink = rec(db, BEFORE, BEFORE, 0.9, RiskLevel.LOW, Optional.of(new ReplicaChange(4, 3, 3)));
        assertThat(refused(AutoApplyGate.evaluate(shrink, workload(db, 4), AUTO))
                .refusedBy(Gate.STATEFULSET_REPLICA_REDUCTION)).isTrue();
        Recommendation grow = rec(db, BEFORE, BEFORE, 0.9, RiskLevel.LOW, Optional.of(new ReplicaChange(4, 5, 5)));
        assertThat(AutoApplyGate.evaluate(grow, workload(db, 4), AUTO).allowed()).isTrue();

        WorkloadRef agent = new WorkloadRef("shop", WorkloadKind.DAEMON_SET, "agent");
        Recommendation ds = rec(agent, BEFORE, BEFORE, 0.9, RiskLevel.LOW, Optional.of(new ReplicaChange(4, 5, 5)));
        assertThat(refused(AutoApplyGate.evaluate(ds, workload(agent, 4), AUTO)).refusedBy(Gate.DAEMONSET_REPLICAS))
                .isTrue();
    }

    @Test
    void aReplicaReductionMustLeaveThePdbRoomToDisrupt() {
        Recommendation r = rec(WEB, BEFORE, BEFORE, 0.9, RiskLevel.LOW, Optional.of(new ReplicaChange(4, 3, 3)));
        assertThat(refused(AutoApplyGate.evaluate(r, workload(WEB, 4).withPdbMinAvailable(3), AUTO))
                .refusedBy(Gate.PDB_VIOLATION)).isTrue();
        assertThat(AutoApplyGate.evaluate(r, workload(WEB, 4).withPdbMinAvailable(2), AUTO).allowed()).isTrue();
    }
}
