package io.provctl.operator.nodegroup;

import io.fabric8.kubernetes.api.model.Condition;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.api.v1alpha1.nodegroup.PendingScaleUp;
import io.provctl.operator.status.Conditions;
import io.provctl.operator.status.StatusDiff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one place a NodeGroup's status is computed: from the group, its ManagedNodes, the target size,
 * the validation problems, what this reconcile decided and the autoscaler's offerings it left pending. Pure; the reconciler writes the result in
 * one patch, and only when it differs from what is stored.
 */
public final class NodeGroupStatusAggregator {

    public static final String READY = "Ready";
    public static final String SCALING = "Scaling";
    public static final String ERROR = "Error";
    public static final String AT_MIN = "AtMinCapacity";
    public static final String AT_MAX = "AtMaxCapacity";
    /** Mirrors the members' view of the provider's circuit breaker, so a stalled group says why. */
    public static final String PROVIDER_AVAILABLE = "ProviderAvailable";

    private NodeGroupStatusAggregator() {
    }

    public static NodeGroupStatus aggregate(NodeGroup group, List<ManagedNode> members, Optional<Integer> target,
                                            List<String> problems, ScalingDecision decision,
                                            List<OfferingCount> pending, Instant now) {
        NodeGroupStatus before = Optional.ofNullable(group.getStatus()).orElseGet(NodeGroupStatus::new);
        NodeGroupStatus s = StatusDiff.copy(before, NodeGroupStatus.class);
        Long generation = group.getMetadata().getGeneration();
        List<ManagedNode> active = members.stream().filter(m -> m.getMetadata().getDeletionTimestamp() == null).toList();
        int ready = (int) active.stream().filter(m -> phase(m) == ManagedNodePhase.READY).count();
        target.ifPresent(s::setDesiredNodes);
        s.setCurrentNodes(active.size());
        s.setReadyNodes(ready);
        s.setNodes(members.stream().sorted(Comparator.comparing(m -> m.getMetadata().getName()))
                .map(NodeGroupStatusAggregator::line).toList());
        s.setObservedGeneration(generation);
        recordScaling(s, decision, now);
        // Empty is written as absent, so a group the autoscaler never touched keeps a short status.
        s.setPendingScaleUps(pending.isEmpty() ? null
                : pending.stream().map(p -> new PendingScaleUp(p.offering(), p.count(), p.capacity())).toList());

        List<Condition> c = Optional.ofNullable(before.getConditions()).orElse(List.of());
        boolean invalid = !problems.isEmpty();
        boolean scaling = target.map(t -> t != active.size()).orElse(false) || members.size() != active.size();
        c = Conditions.set(c, ERROR, invalid, invalid ? "InvalidSpec" : "Valid",
                invalid ? String.join("; ", problems) : "the spec is valid", now, generation);
        c = Conditions.set(c, SCALING, scaling, scaling ? "Scaling" : "Stable", scalingMessage(target, active.size()),
                now, generation);
        boolean allReady = !invalid && !scaling && ready == active.size();
        c = Conditions.set(c, READY, allReady, allReady ? "AllNodesReady" : "NotReady",
                ready + " of " + active.size() + " nodes ready", now, generation);
        int min = Optional.ofNullable(group.getSpec().getMinNodes()).orElse(0);
        int max = Optional.ofNullable(group.getSpec().getMaxNodes()).orElse(Integer.MAX_VALUE);
        boolean atMin = target.map(t -> t <= min).orElse(false);
        boolean atMax = target.map(t -> t >= max).orElse(false);
        c = Conditions.set(c, AT_MIN, atMin, atMin ? "AtMinNodes" : "AboveMinNodes", "minNodes is " + min, now,
                generation);
        c = Conditions.set(c, AT_MAX, atMax, atMax ? "AtMaxNodes" : "BelowMaxNodes", "maxNodes is " + max, now,
                generation);
        c = providerCondition(c, active, now, generation);
        s.setConditions(new ArrayList<>(c));
        return s;
    }

    private static List<Condition> providerCondition(List<Condition> c, List<ManagedNode> active, Instant now,
                                                     Long generation) {
        List<ManagedNode> blocked = active.stream().filter(m -> Conditions.find(conditions(m), PROVIDER_AVAILABLE)
                .map(x -> "False".equals(x.getStatus())).orElse(false)).toList();
        if (blocked.isEmpty()) {
            return Conditions.set(c, PROVIDER_AVAILABLE, true, "Available", "no node reports a provider problem",
                    now, generation);
        }
        Condition first = Conditions.find(conditions(blocked.get(0)), PROVIDER_AVAILABLE).orElseThrow();
        String names = String.join(", ", blocked.stream().map(m -> m.getMetadata().getName()).sorted().toList());
        return Conditions.set(c, PROVIDER_AVAILABLE, false, first.getReason(), first.getMessage() + " (" + names + ")",
                now, generation);
    }

    private static List<Condition> conditions(ManagedNode m) {
        return Optional.ofNullable(m.getStatus()).map(ManagedNodeStatus::getConditions).orElse(List.of());
    }

    private static void recordScaling(NodeGroupStatus s, ScalingDecision decision, Instant now) {
        if (decision instanceof ScalingDecision.ScaleUp) {
            s.setLastScaleTime(now.toString());
            s.setLastScaleUpTime(now.toString());
        } else if (decision instanceof ScalingDecision.ScaleDown) {
            s.setLastScaleTime(now.toString());
            s.setLastScaleDownTime(now.toString());
        }
    }

    private static String scalingMessage(Optional<Integer> target, int current) {
        return target.map(t -> current + " of " + t + " nodes").orElse("not scaling: the spec is invalid");
    }

    private static NodeGroupNode line(ManagedNode m) {
        ManagedNodeStatus st = Optional.ofNullable(m.getStatus()).orElseGet(ManagedNodeStatus::new);
        NodeGroupNode n = new NodeGroupNode();
        n.setName(m.getMetadata().getName());
        n.setNodeName(st.getNodeName());
        n.setProviderID(st.getProviderID());
        n.setInstanceType(m.getSpec().getInstanceType());
        n.setCapacityType(ManagedNodes.capacity(m) == CapacityTypeName.SPOT ? "spot" : "on-demand");
        n.setStatus(phase(m).label());
        n.setCreatedAt(st.getCreatedAt());
        n.setReadyAt(st.getReadyAt());
        n.setIpAddress(st.getIpAddress());
        return n;
    }

    static ManagedNodePhase phase(ManagedNode m) {
        return Optional.ofNullable(m.getStatus()).map(ManagedNodeStatus::getPhase).orElse(ManagedNodePhase.PENDING);
    }
}
