package io.provctl.operator.autoscaling;

import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * Which NodeGroup updates the NodeGroup reconciler acts on while the autoscaler runs: a new spec (as
 * generation-aware processing would), the start of a deletion, the finalizer being added (the framework
 * reconciles for real on the update that adds it), and a new status.desiredNodes, which is
 * how the autoscaler asks for a size and which leaves the generation alone, and new pending offerings
 * (the autoscaler may choose offerings for nodes already asked for). Other status writes,
 * the reconciler's own among them, do not wake it again.
 */
public final class NodeGroupTriggers {

    private NodeGroupTriggers() {
    }

    public static boolean relevant(NodeGroup before, NodeGroup after) {
        return !Objects.equals(before.getMetadata().getGeneration(), after.getMetadata().getGeneration())
                || !Objects.equals(before.getMetadata().getDeletionTimestamp(), after.getMetadata().getDeletionTimestamp())
                || !Objects.equals(before.getMetadata().getFinalizers(), after.getMetadata().getFinalizers())
                || !desired(before).equals(desired(after))
                || !Objects.equals(pending(before), pending(after));
    }

    /** Compared by value: the status classes have no equals of their own. */
    private static String pending(NodeGroup group) {
        return Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getPendingScaleUps)
                .map(l -> String.join(",", l.stream()
                        .map(p -> p.getOffering() + "=" + p.getCount() + "/" + p.getCapacityType()).toList()))
                .orElse("");
    }

    private static Optional<Integer> desired(NodeGroup group) {
        return Optional.ofNullable(group.getStatus()).map(NodeGroupStatus::getDesiredNodes);
    }
}
