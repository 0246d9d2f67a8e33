package io.provctl.operator.nodegroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each ManagedNode a scale-up creates its instance type: the autoscaler's pending offerings first,
 * in the order it asked for them, then the group's preferred one. Nodes taken from a pending entry marked
 * on-demand (its pods do not tolerate the spot taint) are named in {@link Assignment#onDemand()}. Pure.
 */
public final class PendingOfferings {

    /**
     * The instance type of each new ManagedNode by name, the names that must be on-demand, and the pending
     * offerings still unused.
     */
    public record Assignment(Map<String, String> instanceTypes, Set<String> onDemand, List<OfferingCount> left) {
        public Assignment {
            instanceTypes = Collections.unmodifiableMap(new LinkedHashMap<>(instanceTypes));
            onDemand = Collections.unmodifiableSet(new LinkedHashSet<>(onDemand));
            left = List.copyOf(left);
        }
    }

    private PendingOfferings() {
    }

    /**
     * An offering the group no longer lists (its spec changed since the autoscaler decided) is dropped:
     * creating it would make a node the group does not describe.
     */
    public static Assignment assign(List<String> names, List<OfferingCount> pending, Set<String> offered,
                                    String fallback) {
        List<OfferingCount> queue = new ArrayList<>(pending.stream()
                .filter(p -> p.count() > 0 && offered.contains(p.offering())).toList());
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> onDemand = new LinkedHashSet<>();
        for (String name : names) {
            if (queue.isEmpty()) {
                out.put(name, fallback);
                continue;
            }
            OfferingCount head = queue.get(0);
            out.put(name, head.offering());
            if (head.onDemandOnly()) {
                onDemand.add(name);
            }
            if (head.count() == 1) {
                queue.remove(0);
            } else {
                queue.set(0, head.withCount(head.count() - 1));
            }
        }
        return new Assignment(out, onDemand, queue);
    }

    /**
     * Keeps at most {@code room} pending nodes, the earliest asked for: a group at its target (or clamped
     * to maxNodes, or shrunk since) has no use for the rest, and they must not colour a later scale-up.
     */
    public static List<OfferingCount> trim(List<OfferingCount> pending, int room) {
        List<OfferingCount> out = new ArrayList<>();
        int left = Math.max(0, room);
        for (OfferingCount p : pending) {
            int take = Math.min(left, p.count());
            if (take > 0) {
                out.add(p.withCount(take));
                left -= take;
            }
        }
        return out;
    }
}
