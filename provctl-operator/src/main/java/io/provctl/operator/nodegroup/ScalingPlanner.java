package io.provctl.operator.nodegroup;

import io.provctl.operator.settings.Settings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how a group's ManagedNodes change, from plain values: the target size, the members, the
 * operator-wide limits and the time of the last scaling. Names are {@code <group>-<n>} with the lowest
 * free n, so a create repeated from a stale cache hits AlreadyExists instead of adding a node.
 */
public final class ScalingPlanner {

    private ScalingPlanner() {
    }

    /** The size the group should have: the autoscaler's wish, else minNodes, kept within [min, max]. */
    public static int target(Optional<Integer> desired, int min, int max) {
        return Math.max(min, Math.min(max, desired.orElse(min)));
    }

    public static ScalingDecision decide(String group, int target, List<MemberNode> members, int clusterNodes,
                                         Settings settings, Optional<Instant> lastScaleUp,
                                         Optional<Instant> lastScaleDown, Instant now) {
        List<MemberNode> active = members.stream().filter(m -> !m.deleting()).toList();
        int current = active.size();
        if (current < target) {
            if (cooling(lastScaleUp, settings.scaleUpCooldown(), now)) {
                return new ScalingDecision.Hold("scale-up cooldown");
            }
            int room = settings.maxClusterWorkers() - clusterNodes;
            int count = Math.min(Math.min(target - current, settings.maxConcurrentScaleUps()), room);
            if (count <= 0) {
                return new ScalingDecision.Hold("the cluster has maxClusterWorkers (" + settings.maxClusterWorkers()
                        + ") nodes");
            }
            return new ScalingDecision.ScaleUp(freeNames(group, members, count));
        }
        if (current > target) {
            if (cooling(lastScaleDown, settings.scaleDownCooldown(), now)) {
                return new ScalingDecision.Hold("scale-down cooldown");
            }
            int count = Math.min(current - target, settings.maxConcurrentScaleDowns());
            return new ScalingDecision.ScaleDown(removalOrder(active).stream().limit(count)
                    .map(MemberNode::name).toList());
        }
        return new ScalingDecision.Hold("at target");
    }

    private static boolean cooling(Optional<Instant> last, java.time.Duration cooldown, Instant now) {
        return !cooldown.isZero() && last.filter(t -> t.plus(cooldown).isAfter(now)).isPresent();
    }

    /**
     * Nodes the autoscaler chose first (it checked their pods fit elsewhere), then nodes not yet serving,
     * then the newest: removing them disturbs the fewest pods.
     */
    static List<MemberNode> removalOrder(List<MemberNode> active) {
        return active.stream().sorted(Comparator.comparing((MemberNode m) -> !m.scaleDownRequested())
                .thenComparing(MemberNode::serving)
                .thenComparing(MemberNode::createdAt, Comparator.reverseOrder())
                .thenComparing(MemberNode::name, Comparator.reverseOrder())).toList();
    }

    private static List<String> freeNames(String group, List<MemberNode> members, int count) {
        Set<String> taken = new HashSet<>(members.stream().map(MemberNode::name).toList());
        List<String> out = new ArrayList<>();
        for (int i = 1; out.size() < count; i++) {
            String name = group + "-" + i;
            if (!taken.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
