package io.provctl.autoscaler.scaledown;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.PdbInfo;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.model.Resources;
import io.provctl.autoscaler.scheduling.FirstFit;
import io.provctl.autoscaler.scheduling.NodeState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which nodes to remove. A node in a group is unneeded while its requests stay under the group's
 * thresholds; once unneeded long enough, and no scale-up happened recently, it is removed when the group
 * stays at or above minNodes, no pod blocks it, and every pod fits somewhere else (counting pods already
 * moved by this pass). Pure: same snapshot, history and time, same decision.
 */
public final class ScaleDownPlanner {

    private final ScaleDownSettings settings;

    public ScaleDownPlanner(ScaleDownSettings settings) {
        this.settings = settings;
    }

    /** A node under its thresholds, how empty it is, and how long it has been so. */
    private record Candidate(NodeInfo node, NodeGroupInfo group, Utilization utilization, boolean empty) {
    }

    public ScaleDownDecision plan(ClusterSnapshot snapshot, UnneededHistory history, Instant now) {
        Map<String, List<PodInfo>> byNode = snapshot.podsByNode();
        Map<String, Instant> since = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (NodeInfo n : snapshot.nodes()) {
            unneeded(snapshot, n, byNode.getOrDefault(n.name(), List.of())).ifPresent(c -> {
                Instant from = history.since().getOrDefault(n.name(), now);
                since.put(n.name(), from);
                if (history.assumeLongEnough() || !from.plus(c.group().scaleDownPolicy().unneededTime()).isAfter(now)) {
                    candidates.add(c);
                }
            });
        }
        Optional<String> heldBack = recentScaleUp(snapshot, now);
        if (heldBack.isPresent()) {
            return new ScaleDownDecision(List.of(), List.of(), since, heldBack);
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.empty())
                .thenComparing(c -> c.utilization().value()).thenComparing(c -> c.node().name()));
        return new Pass(snapshot, byNode, candidates, settings).run(since);
    }

    private static Optional<Candidate> unneeded(ClusterSnapshot snapshot, NodeInfo n, List<PodInfo> pods) {
        Optional<NodeGroupInfo> group = n.group().flatMap(snapshot::group);
        if (group.isEmpty() || !n.ready() || n.unschedulable() || !group.get().scaleDownPolicy().enabled()) {
            return Optional.empty();
        }
        Resources requested = Resources.ZERO;
        for (PodInfo p : pods) {
            requested = requested.plus(p.requests());
        }
        Utilization u = new Utilization(requested, n.allocatable());
        var policy = group.get().scaleDownPolicy();
        if (!u.below(policy.cpuThreshold(), policy.memoryThreshold())) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(n, group.get(), u, pods.stream().allMatch(PodInfo::staysWithNode)));
    }

    private Optional<String> recentScaleUp(ClusterSnapshot snapshot, Instant now) {
        return snapshot.groups().stream().flatMap(g -> g.lastScaleUpTime().stream()).max(Comparator.naturalOrder())
                .filter(t -> t.plus(settings.delayAfterScaleUp()).isAfter(now))
                .map(t -> "a scale-up at " + t + " holds scale-down until " + t.plus(settings.delayAfterScaleUp()));
    }

    /** One pass over the candidates, with the simulated cluster it changes as it removes nodes. */
    private static final class Pass {
        private final ClusterSnapshot snapshot;
        private final List<Candidate> candidates;
        private final ScaleDownSettings settings;
        private final Map<String, NodeState> states = new LinkedHashMap<>();
        private final Map<String, Integer> removedPerGroup = new HashMap<>();
        private final Map<String, Integer> disruptionsLeft = new HashMap<>();
        private final List<Removal> removals = new ArrayList<>();
        private final List<BlockedNode> blocked = new ArrayList<>();
        private int empty;
        private int nonEmpty;

        Pass(ClusterSnapshot snapshot, Map<String, List<PodInfo>> byNode, List<Candidate> candidates,
             ScaleDownSettings settings) {
            this.snapshot = snapshot;
            this.candidates = candidates;
            this.settings = settings;
            destinationOrder(snapshot.nodes(), candidates).forEach(n ->
                    states.put(n.name(), new NodeState(n, byNode.getOrDefault(n.name(), List.of()))));
            snapshot.pdbs().forEach(b -> disruptionsLeft.put(b.key(), b.disruptionsAllowed()));
        }

        /** Pods go to nodes that stay first, and to other candidates only as a last resort. */
        private static List<NodeInfo> destinationOrder(List<NodeInfo> nodes, List<Candidate> candidates) {
            List<String> names = candidates.stream().map(c -> c.node().name()).toList();
            List<NodeInfo> usable = new ArrayList<>(nodes.stream().filter(NodeInfo::usable).toList());
            usable.sort(Comparator.comparing((NodeInfo n) -> names.contains(n.name())).thenComparing(NodeInfo::name));
            return usable;
        }

        ScaleDownDecision run(Map<String, Instant> since) {
            for (Candidate c : candidates) {
                consider(c);
            }
            return new ScaleDownDecision(removals, blocked, since, Optional.empty());
        }

        private void consider(Candidate c) {
            NodeInfo n = c.node();
            if (n.scaleDownDisabled()) {
                block(n, BlockReason.SCALE_DOWN_DISABLED, Optional.empty(), "node is annotated "
                        + NodeInfo.SCALE_DOWN_DISABLED + ": \"true\"");
                return;
            }
            NodeGroupInfo g = c.group();
            if (g.currentNodes() - removedPerGroup.getOrDefault(g.name(), 0) <= g.minNodes()) {
                block(n, BlockReason.MIN_NODES, Optional.empty(), "group " + g.name() + " is at minNodes " + g.minNodes());
                return;
            }
            NodeState state = states.get(n.name());
            List<PodInfo> movable = state.pods().stream().filter(p -> !p.staysWithNode()).toList();
            Optional<PodInfo> blocker = firstBlocker(n, movable);
            if (blocker.isPresent()) {
                return;
            }
            boolean isEmpty = movable.isEmpty();
            if (isEmpty ? empty >= settings.maxEmptyPerPass() : nonEmpty >= settings.maxNonEmptyPerPass()) {
                return;
            }
            states.remove(n.name());
            Optional<List<PodMove>> moves = reschedule(n, movable);
            if (moves.isEmpty()) {
                states.put(n.name(), state);
                return;
            }
            movable.forEach(this::consumeDisruption);
            removedPerGroup.merge(g.name(), 1, Integer::sum);
            if (isEmpty) {
                empty++;
            } else {
                nonEmpty++;
            }
            removals.add(new Removal(n.name(), g.name(), c.utilization().value(), isEmpty, moves.get()));
        }

        /** Reports and returns the first pod that may not be evicted. */
        private Optional<PodInfo> firstBlocker(NodeInfo n, List<PodInfo> movable) {
            for (PodInfo p : movable) {
                Optional<BlockReason> r = EvictionRules.blocker(p, snapshot.pdbs(), disruptionsLeft);
                if (r.isPresent()) {
                    block(n, r.get(), Optional.of(p.key()), EvictionRules.describe(r.get(), p));
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        private Optional<List<PodMove>> reschedule(NodeInfo from, List<PodInfo> pods) {
            List<NodeState> destinations = new ArrayList<>(states.values());
            List<PodMove> moves = new ArrayList<>();
            List<Map.Entry<NodeState, PodInfo>> done = new ArrayList<>();
            List<PodInfo> largestFirst = new ArrayList<>(pods);
            largestFirst.sort(Comparator.comparingLong((PodInfo p) -> -p.requests().cpuMillis())
                    .thenComparingLong(p -> -p.requests().memoryBytes()).thenComparing(PodInfo::key));
            for (PodInfo p : largestFirst) {
                Optional<NodeState> to = FirstFit.place(p, destinations);
                if (to.isEmpty()) {
                    done.forEach(e -> e.getKey().remove(e.getValue()));
                    block(from, BlockReason.NO_PLACE, Optional.of(p.key()), EvictionRules.describe(BlockReason.NO_PLACE, p));
                    return Optional.empty();
                }
                done.add(Map.entry(to.get(), p));
                moves.add(new PodMove(p.key(), to.get().name()));
            }
            return Optional.of(moves);
        }

        private void consumeDisruption(PodInfo pod) {
            for (PdbInfo b : snapshot.pdbs()) {
                if (b.covers(pod)) {
                    disruptionsLeft.merge(b.key(), -1, Integer::sum);
                }
            }
        }

        private void block(NodeInfo n, BlockReason reason, Optional<String> pod, String message) {
            blocked.add(new BlockedNode(n.name(), reason, pod, message));
        }
    }
}
