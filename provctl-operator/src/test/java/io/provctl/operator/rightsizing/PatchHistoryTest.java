package io.provctl.operator.rightsizing;

import io.provctl.metrics.WorkloadKind;
import io.provctl.metrics.WorkloadRef;
import io.provctl.rightsizing.ContainerSpec;
import io.provctl.rightsizing.apply.ContainerPatch;
import io.provctl.rightsizing.apply.ReplicaPatch;
import io.provctl.rightsizing.apply.WorkloadPatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PatchHistoryTest {

    private static final WorkloadRef WEB = new WorkloadRef("shop", WorkloadKind.DEPLOYMENT, "web");

    @Test
    void aSecondChangeKeepsTheFirstOriginals() {
        WorkloadPatch first = new WorkloadPatch(WEB, List.of(new ContainerPatch(ContainerSpec.of("app", 1000, 1024),
                ContainerSpec.of("app", 800, 900))), Optional.of(new ReplicaPatch(3, 2)));
        WorkloadPatch second = new WorkloadPatch(WEB, List.of(
                new ContainerPatch(ContainerSpec.of("app", 800, 900), ContainerSpec.of("app", 700, 800)),
                new ContainerPatch(ContainerSpec.of("sidecar", 100, 64), ContainerSpec.of("sidecar", 50, 64))),
                Optional.empty());

        WorkloadPatch folded = PatchHistory.fold(first, second);

        assertThat(folded.containers()).containsExactly(
                new ContainerPatch(ContainerSpec.of("app", 1000, 1024), ContainerSpec.of("app", 700, 800)),
                new ContainerPatch(ContainerSpec.of("sidecar", 100, 64), ContainerSpec.of("sidecar", 50, 64)));
        assertThat(folded.replicas()).contains(new ReplicaPatch(3, 2));
        assertThat(folded.inverse().containers().get(0).after()).isEqualTo(ContainerSpec.of("app", 1000, 1024));
    }
}
