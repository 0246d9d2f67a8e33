package io.provctl.rightsizing;

import io.provctl.metrics.WorkloadKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAssessorTest {

    private final RiskAssessor assessor = new RiskAssessor();

    private static ContainerChange change(Resources before, Resources after) {
        return new ContainerChange("app", before, after, after,
                new ContainerEstimate("app", after, after, after, new Confidence(7), 0));
    }

    private RiskLevel level(WorkloadKind kind, Resources before, Resources after, Optional<ReplicaChange> replicas,
                            double confidence, int ooms) {
        return assessor.assess(kind, List.of(change(before, after)), replicas, confidence, ooms).level();
    }

    @Test
    void theLargestReductionSetsTheBase() {
        assertThat(RiskAssessor.base(0)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskAssessor.base(9.9)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskAssessor.base(10)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskAssessor.base(25)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskAssessor.base(50)).isEqualTo(RiskLevel.CRITICAL);
        assertThat(level(WorkloadKind.DEPLOYMENT, Resources.of(1000, 1000), Resources.of(800, 1000),
                Optional.empty(), 0.9, 0)).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void growthAloneIsLow() {
        assertThat(level(WorkloadKind.DEPLOYMENT, Resources.of(100, 100), Resources.of(900, 900),
                Optional.empty(), 0.1, 3)).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void shortHistoryRaisesAReductionOneLevel() {
        assertThat(level(WorkloadKind.DEPLOYMENT, Resources.of(1000, 1000), Resources.of(950, 1000),
                Optional.empty(), 0.4, 0)).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void oomKillsMakeAMemoryReductionHigh() {
        assertThat(level(WorkloadKind.DEPLOYMENT, Resources.of(1000, 1000), Resources.of(1000, 950),
                Optional.empty(), 0.9, 1)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(WorkloadKind.DEPLOYMENT, Resources.of(1000, 1000), Resources.of(950, 1000),
                Optional.empty(), 0.9, 1)).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void statefulSetReplicaReductionIsHigh() {
        Resources same = Resources.of(1000, 1000);
        assertThat(level(WorkloadKind.STATEFUL_SET, same, same, Optional.of(new ReplicaChange(20, 19, 19)), 0.9, 0))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level(WorkloadKind.DEPLOYMENT, same, same, Optional.of(new ReplicaChange(20, 19, 19)), 0.9, 0))
                .isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aRequestFromNothingIsAtLeastMedium() {
        RiskAssessment a = assessor.assess(WorkloadKind.DEPLOYMENT,
                List.of(change(Resources.of(0, 1000), Resources.of(100, 1000))), Optional.empty(), 0.9, 0);
        assertThat(a.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(a.reasons()).hasSize(2);
    }
}
