package io.provctl.operator.autoscaling;

import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingCapacity;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingScaleUp;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodeGroupTriggersTest {

    @Test
    void aNewDesiredSizeWakesTheReconciler() {
        NodeGroup before = withStatus(2, 2);
        assertThat(NodeGroupTriggers.relevant(before, withStatus(3, 2))).isTrue();
    }

    @Test
    void newPendingOfferingsWakeTheReconcilerEvenAtTheSameSize() {
        NodeGroup after = withStatus(2, 2);
        after.getStatus().setPendingScaleUps(List.of(new PendingScaleUp("local.large", 1)));
        assertThat(NodeGroupTriggers.relevant(withStatus(2, 2), after)).isTrue();
        NodeGroup same = withStatus(2, 2);
        same.getStatus().setPendingScaleUps(List.of(new PendingScaleUp("local.large", 1)));
        assertThat(NodeGroupTriggers.relevant(after, same)).isFalse();
        NodeGroup onDemand = withStatus(2, 2);
        onDemand.getStatus().setPendingScaleUps(
                List.of(new PendingScaleUp("local.large", 1, PendingCapacity.ON_DEMAND)));
        assertThat(NodeGroupTriggers.relevant(after, onDemand)).as("the capacity type changes what is created")
                .isTrue();
    }

    @Test
    void otherStatusChangesDoNot() {
        assertThat(NodeGroupTriggers.relevant(withStatus(2, 1), withStatus(2, 2))).isFalse();
    }

    @Test
    void aNewGenerationAFinalizerOrADeletionDoes() {
        NodeGroup spec = withStatus(2, 2);
        spec.getMetadata().setGeneration(2L);
        assertThat(NodeGroupTriggers.relevant(withStatus(2, 2), spec)).isTrue();
        NodeGroup finalized = withStatus(2, 2);
        finalized.getMetadata().setFinalizers(List.of("nodegroups.autoscaling.provctl.io/finalizer"));
        assertThat(NodeGroupTriggers.relevant(withStatus(2, 2), finalized)).isTrue();
        NodeGroup deleting = withStatus(2, 2);
        deleting.getMetadata().setDeletionTimestamp("2026-01-01T00:00:00Z");
        assertThat(NodeGroupTriggers.relevant(withStatus(2, 2), deleting)).isTrue();
    }

    private static NodeGroup withStatus(int desired, int ready) {
        NodeGroup g = OperatorHarness.group("web", 0, 5);
        g.getMetadata().setGeneration(1L);
        NodeGroupStatus s = new NodeGroupStatus();
        s.setDesiredNodes(desired);
        s.setReadyNodes(ready);
        g.setStatus(s);
        return g;
    }
}
