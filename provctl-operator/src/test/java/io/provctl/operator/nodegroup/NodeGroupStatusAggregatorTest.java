package io.provctl.operator.nodegroup;

import io.fabric8.kubernetes.api.model.Condition;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.status.Conditions;
import io.provctl.operator.testsupport.Expectations;
import io.provctl.operator.testsupport.OperatorHarness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NodeGroupStatusAggregatorTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final NodeGroup group = OperatorHarness.group("web", 2, 2);

    @Test
    void aMemberThatCannotReachTheProviderShowsOnTheGroup() {
        ManagedNode ready = member("web-1", ManagedNodePhase.READY, true, "Available");
        ManagedNode stuck = member("web-2", ManagedNodePhase.PENDING, false, "CircuitOpen");

        NodeGroupStatus status = aggregate(List.of(ready, stuck));

        Condition provider = condition(status, NodeGroupStatusAggregator.PROVIDER_AVAILABLE);
        assertThat(provider.getStatus()).isEqualTo("False");
        assertThat(provider.getReason()).isEqualTo("CircuitOpen");
        assertThat(provider.getMessage()).endsWith("(web-2)");
        assertThat(status.getReadyNodes()).isEqualTo(1);
        assertThat(condition(status, NodeGroupStatusAggregator.READY).getStatus()).isEqualTo("False");
    }

    @Test
    void withEveryMemberReachingTheProviderTheGroupSaysSo() {
        NodeGroupStatus status = aggregate(List.of(member("web-1", ManagedNodePhase.READY, true, "Available"),
                member("web-2", ManagedNodePhase.READY, true, "Available")));

        assertThat(condition(status, NodeGroupStatusAggregator.PROVIDER_AVAILABLE).getStatus()).isEqualTo("True");
        assertThat(condition(status, NodeGroupStatusAggregator.READY).getStatus()).isEqualTo("True");
    }

    private NodeGroupStatus aggregate(List<ManagedNode> members) {
        return NodeGroupStatusAggregator.aggregate(group, members, Optional.of(2), List.of(),
                new ScalingDecision.Hold("stable"), List.of(), NOW);
    }

    private static ManagedNode member(String name, ManagedNodePhase phase, boolean providerAvailable, String reason) {
        ManagedNode m = Expectations.standalone(name);
        ManagedNodeStatus s = new ManagedNodeStatus();
        s.setPhase(phase);
        s.setConditions(Conditions.set(List.of(), "ProviderAvailable", providerAvailable, reason, "provider local",
                NOW, 1L));
        m.setStatus(s);
        return m;
    }

    private static Condition condition(NodeGroupStatus status, String type) {
        return Conditions.find(status.getConditions(), type).orElseThrow();
    }
}
