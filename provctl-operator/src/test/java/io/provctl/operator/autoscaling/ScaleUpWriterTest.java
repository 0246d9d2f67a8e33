package io.provctl.operator.autoscaling;

import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.TaintEffect;
import io.provctl.autoscaler.model.Toleration;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingCapacity;
import io.provctl.rightsizing.placement.SpotNodes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleUpWriterTest {

    private static final Map<String, PodInfo> PODS = Map.of(
            "default/tolerant", PodInfo.builder("default", "tolerant").toleration(Toleration.equal(SpotNodes.TAINT_KEY,
                    SpotNodes.TAINT_VALUE, TaintEffect.NO_SCHEDULE)).unschedulable().build(),
            "default/plain", PodInfo.builder("default", "plain").unschedulable().build());

    @Test
    void anEntryMayBeSpotOnlyIfAllItsPodsTolerateTheSpotTaint() {
        assertThat(ScaleUpWriter.capacity(entry("default/tolerant"), PODS)).isEqualTo(PendingCapacity.SPOT_ALLOWED);
        assertThat(ScaleUpWriter.capacity(entry("default/plain"), PODS)).isEqualTo(PendingCapacity.ON_DEMAND);
        assertThat(ScaleUpWriter.capacity(entry("default/tolerant", "default/plain"), PODS))
                .isEqualTo(PendingCapacity.ON_DEMAND);
    }

    @Test
    void theSpotTaintIsTheOneSpotNodesCarry() {
        assertThat(ClusterSnapshotBuilder.SPOT_TAINT.toString())
                .isEqualTo("node.provctl.io/capacity-type=spot:NoSchedule");
    }

    private static ScaleUpEntry entry(String... pods) {
        return new ScaleUpEntry("web", "local.small", 1, 1, List.of(pods), BigDecimal.ONE);
    }
}
