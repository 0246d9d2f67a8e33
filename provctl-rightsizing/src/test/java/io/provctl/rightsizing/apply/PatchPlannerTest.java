package io.provctl.rightsizing.apply;

import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.Confidence;
import io.provctl.rightsizing.ContainerChange;
import io.provctl.rightsizing.ContainerEstimate;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.MetricsWindow;
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
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class PatchPlannerTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");
    private static final ContainerSpec APP = ContainerSpec.of("app", 1000, 2000).withLimits(2000, 3000);
    private static final ContainerSpec SIDECAR = ContainerSpec.of("proxy", 100, 100);
    private static final WorkloadSpec WORKLOAD = WorkloadSpec.of(WEB, 4, APP, SIDECAR);

    private static Recommendation rec(Resources appAfter, Optional<ReplicaChange> replicas) {
        ContainerEstimate e = new ContainerEstimate("app", appAfter, appAfter, appAfter, new Confidence(7), 0);
        ContainerEstimate s = new ContainerEstimate("proxy", SIDECAR.requests(), SIDECAR.requests(),
                SIDECAR.requests(), new Confidence(7), 0);
        return new Recommendation(WEB, OptimizationType.ALL, MetricsWindow.SEVEN_DAYS, Instant.EPOCH,
                List.of(new ContainerChange("app", APP.requests(), appAfter, appAfter, e),
                        new ContainerChange("proxy", SIDECAR.requests(), SIDECAR.requests(), SIDECAR.requests(), s)),
                replicas, BigDecimal.TEN, BigDecimal.ONE, 0.9, new RiskAssessment(RiskLevel.LOW, List.of()), "",
                List.of());
    }

    @Test
    void limitsKeepTheirRatioToTheRequest() {
        WorkloadPatch p = PatchPlanner.patchFor(rec(Resources.of(500, 1000), Optional.empty()), WORKLOAD);

        assertThat(p.containers()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(APP);
            assertThat(c.after().requests()).isEqualTo(Resources.of(500, 1000));
            assertThat(c.after().cpuLimitMillicores()).hasValue(1000);
            assertThat(c.after().memoryLimitBytes()).hasValue(1500);
        });
        assertThat(p.replicas()).isEmpty();
    }

    @Test
    void aLimitIsNeverBelowItsRequest() {
        assertThat(PatchPlanner.scaled(OptionalLong.of(100), 0, 300)).hasValue(300);
        assertThat(PatchPlanner.scaled(OptionalLong.empty(), 100, 300)).isEmpty();
    }

    @Test
    void theInverseRestoresTheOriginalAndVerificationSeesIt() {
        WorkloadPatch p = PatchPlanner.patchFor(rec(Resources.of(500, 1000), Optional.of(new ReplicaChange(4, 2, 2))),
                WORKLOAD);
        assertThat(p.replicas()).contains(new ReplicaPatch(4, 2));
        WorkloadPatch back = p.inverse();
        assertThat(back.containers().get(0).after()).isEqualTo(APP);
        assertThat(back.replicas()).contains(new ReplicaPatch(2, 4));

        assertThat(RollbackVerifier.differences(p, WORKLOAD)).isEmpty();
        WorkloadSpec stillPatched = WorkloadSpec.of(WEB, 2, p.containers().get(0).after(), SIDECAR);
        assertThat(RollbackVerifier.differences(p, stillPatched)).hasSize(2)
                .anySatisfy(d -> assertThat(d).contains("replicas are 2, expected 4"))
                .anySatisfy(d -> assertThat(d).startsWith("container app has requests 500m"));
    }
}
