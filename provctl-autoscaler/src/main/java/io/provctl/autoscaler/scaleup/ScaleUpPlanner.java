package io.provctl.autoscaler.scaleup;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.scheduling.FirstFit;
import io.provctl.autoscaler.scheduling.NodeState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how many nodes of which offering in which group absorb a batch of unschedulable pods, in one
 * decision. Pods that fit existing or joining nodes trigger nothing; the rest are packed onto template
 * nodes of every (group, offering), the expander picks one option, and the pods it leaves are offered
 * to the remaining options again until none helps. Pure: same snapshot, same time, same decision.
 */
public final class ScaleUpPlanner {

    /** Largest pods first, so the first fit onto existing nodes wastes little. */
    private static final Comparator<PodInfo> LARGEST_FIRST = Comparator
            .comparingLong((PodInfo p) -> -p.requests().cpuMillis())
            .thenComparingLong(p -> -p.requests().memoryBytes())
            .thenComparing(PodInfo::key);

    private final ScaleUpSettings settings;

    public ScaleUpPlanner(ScaleUpSettings settings) {
        this.settings = settings;
    }

    /** Decides for the snapshot's own unschedulable pods. */
    public ScaleUpDecision plan(ClusterSnapshot snapshot, Instant now) {
        return plan(snapshot, snapshot.unschedulablePods(), now);
    }

    /** Decides for one batch of pending pods. */
    public ScaleUpDecision plan(ClusterSnapshot snapshot, List<PodInfo> batch, Instant now) {
        List<PodInfo> ordered = new ArrayList<>(batch);
        ordered.sort(LARGEST_FIRST);
        List<Placement> placed = new ArrayList<>();
        List<PodInfo> rest = fitExisting(snapshot, ordered, placed);
        Hostability hostability = Hostability.of(Template.all(snapshot.groups()), rest);
        Budget budget = Budget.of(snapshot, settings, now);
        List<ScaleUpEntry> entries = new ArrayList<>();
        BitSet remaining = new BitSet(rest.size());
        Map<PodInfo, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < rest.size(); i++) {
            index.put(rest.get(i), i);
            if (hostability.hostable(i)) {
                remaining.set(i);
            }
        }
        while (!remaining.isEmpty()) {
            Optional<ScaleUpOption> best = bestOption(hostability, rest, remaining, budget);
            if (best.isEmpty()) {
                break;
            }
            ScaleUpOption o = best.get();
            budget.spend(o);
            o.pods().forEach(p -> remaining.clear(index.get(p)));
            entries.add(new ScaleUpEntry(o.group().name(), o.offering().name(), o.nodeCount(),
                    budget.size(o.group()), o.pods().stream().map(PodInfo::key).sorted().toList(), o.pricePerHour()));
        }
        return new ScaleUpDecision(entries, placed, pending(rest, hostability, remaining, budget));
    }

    /** Pods no template hosts are impossible; hostable ones still remaining wait for a limit to lift. */
    private static List<PendingPod> pending(List<PodInfo> rest, Hostability hostability, BitSet remaining, Budget budget) {
        List<PendingPod> pending = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (!hostability.hostable(i)) {
                pending.add(new PendingPod(rest.get(i).key(), hostability.whyNot(i), true));
            } else if (remaining.get(i)) {
                pending.add(new PendingPod(rest.get(i).key(), budget.whyNot(hostability.groupsFor(i)), false));
            }
        }
        return pending;
    }

    private static List<PodInfo> fitExisting(ClusterSnapshot snapshot, List<PodInfo> pods, List<Placement> placed) {
        Map<String, List<PodInfo>> byNode = snapshot.podsByNode();
        List<NodeState> nodes = new ArrayList<>();
        for (NodeInfo n : snapshot.nodes()) {
            if (n.usable()) {
                nodes.add(new NodeState(n, byNode.getOrDefault(n.name(), List.of())));
            }
        }
        List<PodInfo> rest = new ArrayList<>();
        for (PodInfo p : pods) {
            Optional<NodeState> to = FirstFit.place(p, nodes);
            if (to.isPresent()) {
                placed.add(new Placement(p.key(), to.get().name()));
            } else {
                rest.add(p);
            }
        }
        return rest;
    }

    /**
     * Packs the remaining pods onto every template with room and lets the expander choose. Templates with
     * the same capacity hosting the same pods pack the same way, so each such packing is done once.
     */
    private Optional<ScaleUpOption> bestOption(Hostability hostability, List<PodInfo> pods, BitSet remaining,
                                               Budget budget) {
        List<ScaleUpOption> options = new ArrayList<>();
        Map<int[], Map<List<Long>, TemplatePacker.Packing>> packings = new IdentityHashMap<>();
        for (Hostability.Entry e : hostability.entries()) {
            int limit = budget.limit(e.template());
            if (limit <= 0) {
                continue;
            }
            var cap = e.template().offering().capacity();
            List<Long> key = List.of(cap.cpuMillis(), cap.memoryBytes(), cap.ephemeralBytes(), cap.pods(), (long) limit);
            TemplatePacker.Packing packing = packings.computeIfAbsent(e.pods(), k -> new HashMap<>())
                    .computeIfAbsent(key, k -> TemplatePacker.pack(e.template().node(), candidates(e.pods(), pods, remaining), limit));
            if (!packing.packed().isEmpty()) {
                options.add(new ScaleUpOption(e.template().group(), e.template().offering(), packing.nodeCount(),
                        packing.packed(), packing.requested()));
            }
        }
        return options.isEmpty() ? Optional.empty() : Optional.of(settings.expander().choose(options));
    }

    private static List<PodInfo> candidates(int[] hostable, List<PodInfo> pods, BitSet remaining) {
        List<PodInfo> out = new ArrayList<>();
        for (int i : hostable) {
            if (remaining.get(i)) {
                out.add(pods.get(i));
            }
        }
        return out;
    }

    /**
     * What each group may still add in this decision, and the cluster-wide room left under the node and
     * cost ceilings.
     */
    private static final class Budget {
        private final Map<String, Integer> room = new LinkedHashMap<>();
        private final Map<String, Integer> size = new HashMap<>();
        private final Map<String, String> closed = new HashMap<>();
        private final ScaleUpSettings settings;
        private int clusterRoom;
        private Optional<BigDecimal> costRoom;

        private Budget(ScaleUpSettings settings) {
            this.settings = settings;
        }

        static Budget of(ClusterSnapshot snapshot, ScaleUpSettings settings, Instant now) {
            Budget b = new Budget(settings);
            int nodes = (int) snapshot.nodes().stream().filter(n -> n.group().isEmpty()).count();
            for (NodeGroupInfo g : snapshot.groups()) {
                nodes += g.currentNodes();
                b.size.put(g.name(), g.currentNodes());
                b.room.put(g.name(), g.scaleUpPolicy().enabled() && !coolingDown(g, now) ? g.maxNodes() - g.currentNodes() : 0);
                reasonClosed(g, now).ifPresent(r -> b.closed.put(g.name(), r));
            }
            b.clusterRoom = settings.maxClusterNodes() - nodes;
            b.costRoom = settings.maxCostPerHour().map(max -> max.subtract(snapshot.costPerHour()));
            return b;
        }

        private static boolean coolingDown(NodeGroupInfo g, Instant now) {
            return g.lastScaleUpTime().map(t -> t.plus(g.scaleUpPolicy().cooldown()).isAfter(now)).orElse(false);
        }

        private static Optional<String> reasonClosed(NodeGroupInfo g, Instant now) {
            if (!g.scaleUpPolicy().enabled()) {
                return Optional.of(g.name() + ": scale-up disabled");
            }
            if (coolingDown(g, now)) {
                return Optional.of(g.name() + ": cooling down until "
                        + g.lastScaleUpTime().orElseThrow().plus(g.scaleUpPolicy().cooldown()));
            }
            return Optional.empty();
        }

        int limit(Template t) {
            int limit = Math.min(room.getOrDefault(t.group().name(), 0), clusterRoom);
            BigDecimal price = t.offering().pricePerHour();
            if (costRoom.isPresent() && price.signum() > 0) {
                BigDecimal affordable = costRoom.get().divide(price, 0, RoundingMode.FLOOR);
                limit = (int) Math.min(limit, Math.max(0, affordable.min(BigDecimal.valueOf(Integer.MAX_VALUE)).longValue()));
            }
            return limit;
        }

        void spend(ScaleUpOption o) {
            String g = o.group().name();
            room.merge(g, -o.nodeCount(), Integer::sum);
            size.merge(g, o.nodeCount(), Integer::sum);
            clusterRoom -= o.nodeCount();
            costRoom = costRoom.map(c -> c.subtract(o.pricePerHour()));
        }

        int size(NodeGroupInfo g) {
            return size.get(g.name());
        }

        /** Why pods some groups could host are still left: each group's limit, then the cluster's. */
        String whyNot(Set<String> groups) {
            List<String> reasons = new ArrayList<>();
            for (String g : groups) {
                if (closed.containsKey(g)) {
                    reasons.add(closed.get(g));
                } else if (room.getOrDefault(g, 0) <= 0) {
                    reasons.add(g + ": at maxNodes");
                }
            }
            if (clusterRoom <= 0) {
                reasons.add("cluster node ceiling of " + settings.maxClusterNodes() + " reached");
            }
            if (reasons.isEmpty()) {
                settings.maxCostPerHour().ifPresent(m -> reasons.add("cluster cost ceiling of " + m.toPlainString()
                        + " per hour reached"));
            }
            return "waiting: " + String.join("; ", reasons);
        }
    }
}
