package io.provctl.operator.managednode;

import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.status.Conditions;
import io.provctl.operator.testsupport.Expectations;
import io.provctl.provider.CapacityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A node that fell back from spot asks for on-demand when its create is retried. */
class SpotFallbackTest {

    @Test
    void aSpotNodeAsksForSpotUntilItFellBackThenForOnDemand() {
        ManagedNode mn = Expectations.standalone("web-1");
        ManagedNodeStatus status = new ManagedNodeStatus();
        assertThat(NodeLifecycle.wanted(mn, status)).isEqualTo(CapacityType.ON_DEMAND);

        mn.getSpec().setCapacityType(CapacityTypeName.SPOT);
        assertThat(NodeLifecycle.wanted(mn, status)).isEqualTo(CapacityType.SPOT);

        status.setConditions(Conditions.set(List.of(), NodeLifecycle.SPOT_CAPACITY, false, "SpotUnavailable", "x",
                Instant.EPOCH, 1L));
        assertThat(NodeLifecycle.wanted(mn, status)).as("a failed node is not retried as on-demand")
                .isEqualTo(CapacityType.SPOT);

        status.setConditions(Conditions.set(List.of(), NodeLifecycle.SPOT_CAPACITY, false, NodeLifecycle.FELL_BACK,
                "no spot capacity", Instant.EPOCH, 1L));
        assertThat(NodeLifecycle.wanted(mn, status)).isEqualTo(CapacityType.ON_DEMAND);
    }
}
