package io.provctl.autoscaler.sim;

import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.NodeGroupInfo;
import io.provctl.autoscaler.model.NodeInfo;
import io.provctl.autoscaler.model.Offering;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.scaledown.Removal;
import io.provctl.autoscaler.scaledown.ScaleDownDecision;
import io.provctl.autoscaler.scaledown.ScaleDownPlanner;
import io.provctl.autoscaler.scaledown.UnneededHistory;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.autoscaler.scaleup.ScaleUpDecision;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.autoscaler.scaleup.ScaleUpPlanner;
import io.provctl.autoscaler.scaleup.Template;
import io.provctl.autoscaler.scheduling.FirstFit;
import io.provctl.autoscaler.scheduling.NodeState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One run of one policy over one trace: the event loop and the cluster it changes. The decisions are the
 * operator's own {@link ScaleUpPlanner}, {@link ScaleDownPlanner} and {@link PodBatcher}, fed snapshots of
 * the simulated cluster; this class only binds pods (see {@link Binder}) and carries decisions out.
 */
final class Simulation {

    private static final Instant EPOCH = Instant.EPOCH;
    private static final long SAMPLE_MILLIS = 60_000;

    private final SimPolicy policy;
    private final Progress progress;
    private final EventQueue events = new EventQueue();
    private final Meter meter = new Meter(SAMPLE_MILLIS);
    private final ScaleUpPlanner scaleUp;
    private final ScaleDownPlanner scaleDown;
    private final Map<String, NodeGroupInfo> groups = new LinkedHashMap<>();
    private final Map<String, SimNode> nodes = new LinkedHashMap<>();
    private final Map<String, SimPod> pods = new LinkedHashMap<>();
    private final Map<String, Integer> nodesPerGroup = new LinkedHashMap<>();
    private final TreeSet<SimPod> waiting = new TreeSet<>(Binder.QUEUE_ORDER);
    private final Binder binder;
    private final long totalMillis;
    private final long horizon;
    private Optional<PodBatcher.Batch> batch = Optional.empty();
    private Map<String, Instant> unneededSince = Map.of();
    private boolean changedSinceScan = true;
    private long nextTimer = Long.MAX_VALUE;
    private int open;
    private int nodeSeq;
    private int scaleUps;
    private int nodesAdded;
    private int scaleDowns;
    private long quietSince;
    private long now;
    private long lastProgress = -1;

    Simulation(Trace trace, SimPolicy policy, Progress progress) {
        this.policy = policy;
        this.progress = progress;
        this.scaleUp = new ScaleUpPlanner(policy.scaleUp());
        this.scaleDown = new ScaleDownPlanner(policy.scaleDown());
        this.binder = new Binder(nodes.values(), waiting);
        this.totalMillis = trace.lastSubmitMillis();
        // A run whose pods can never all finish (a group stuck at maxNodes) still has to end somewhere.
        this.horizon = trace.lastSubmitMillis() + trace.longestDurationMillis() + 86_400_000L;
        for (TracePod t : trace.pods()) {
            SimPod p = new SimPod(t);
            pods.put(p.key(), p);
            events.at(t.submitMillis(), new Event.Arrive(p));
        }
        open = pods.size();
        for (NodeGroupInfo g : policy.groups()) {
            groups.put(g.name(), g);
            nodesPerGroup.put(g.name(), 0);
        }
    }

    /** Runs to the end; the outcome is read through {@link #counts()}, {@link #meter()} and the pods. */
    void run() {
        startMinimumNodes();
        events.at(0, new Event.Scan());
        while (!events.isEmpty()) {
            EventQueue.Entry e = events.next();
            if (e.time() > horizon) {
                break;
            }
            meter.advance(e.time());
            now = e.time();
            report();
            if (!handle(e.event())) {
                break;
            }
        }
    }

    /** Groups start at minNodes, ready and billed from time zero. */
    private void startMinimumNodes() {
        for (NodeGroupInfo g : policy.groups()) {
            for (int i = 0; i < g.minNodes(); i++) {
                SimNode n = request(g, g.offerings().get(0));
                ready(n);
            }
        }
    }

    private void report() {
        long step = Math.max(1, totalMillis / 200);
        if (now / step != lastProgress) {
            lastProgress = now / step;
            progress.update(policy.name(), now, totalMillis);
        }
    }

    /** Handles one event; false once the run is over. */
    private boolean handle(Event event) {
        if (event instanceof Event.Arrive a) {
            arrive(a.pod());
        } else if (event instanceof Event.Finish f) {
            finish(f);
        } else if (event instanceof Event.NodeReady r) {
            ready(r.node());
        } else if (event instanceof Event.NodeGone g) {
            gone(g.node());
        } else if (event instanceof Event.BatchDue) {
            batchDue();
        } else if (event instanceof Event.Scan) {
            return scan();
        }
        return true;
    }

    private void arrive(SimPod p) {
        p.phase = SimPod.Phase.WAITING;
        meter.pendingChanged(1);
        waiting.add(p);
        Optional<SimNode> to = binder.choose(p);
        if (to.isPresent()) {
            start(p, to.get());
        } else {
            observe(List.of(p));
        }
    }

    private void start(SimPod p, SimNode n) {
        waiting.remove(p);
        meter.pendingChanged(-1);
        PodInfo bound = p.boundTo(n);
        n.state.add(bound);
        meter.podStarted(bound);
        p.phase = SimPod.Phase.RUNNING;
        p.node = Optional.of(n);
        p.nominated = Optional.empty();
        p.startedAt = now;
        if (p.firstStart < 0) {
            p.firstStart = now;
        }
        changedSinceScan = true;
        events.at(now + p.remainingMillis, new Event.Finish(p, p.version));
    }

    private void finish(Event.Finish f) {
        SimPod p = f.pod();
        if (p.version != f.version() || p.phase != SimPod.Phase.RUNNING) {
            return;
        }
        SimNode n = stop(p);
        p.phase = SimPod.Phase.DONE;
        closed();
        fill(n);
    }

    /** Binds waiting pods, in queue order, to a node that has just gained room. */
    private void fill(SimNode n) {
        for (SimPod w : binder.candidatesFor(n)) {
            if (binder.fits(w, n)) {
                start(w, n);
            }
        }
    }

    /** Takes a running pod off its node. */
    private SimNode stop(SimPod p) {
        SimNode n = p.node.orElseThrow();
        PodInfo bound = p.boundTo(n);
        n.state.remove(bound);
        meter.podStopped(bound);
        p.node = Optional.empty();
        changedSinceScan = true;
        return n;
    }

    private void closed() {
        open--;
        if (open == 0) {
            quietSince = now;
        }
    }

    /** Pending pods join the open batch; a new due time gets its own event, stale ones do nothing. */
    private void observe(List<SimPod> pending) {
        Set<String> keys = pending.stream().filter(SimPod::wantsScaleUp).map(SimPod::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (keys.isEmpty()) {
            return;
        }
        Instant at = instant(now);
        Optional<Instant> before = batch.map(policy.batcher()::dueAt);
        batch = policy.batcher().observe(batch, keys, at);
        Instant due = policy.batcher().dueAt(batch.orElseThrow());
        if (before.isEmpty() || !before.get().equals(due)) {
            events.at(due.toEpochMilli(), new Event.BatchDue());
        }
    }

    private void batchDue() {
        if (batch.isEmpty() || !policy.batcher().isDue(batch.get(), instant(now))) {
            return;
        }
        List<PodInfo> pending = batch.get().pods().stream().map(pods::get).filter(SimPod::wantsScaleUp)
                .map(p -> p.waiting).toList();
        batch = Optional.empty();
        if (!pending.isEmpty()) {
            apply(scaleUp.plan(snapshot(pending), pending, instant(now)));
        }
    }

    /** Carries a scale-up decision out: new nodes requested, pods expected on them, impossible pods set aside. */
    private void apply(ScaleUpDecision d) {
        d.fitExisting().forEach(pl -> nominate(pods.get(pl.pod()), nodes.get(pl.node())));
        for (ScaleUpEntry e : d.scaleUps()) {
            NodeGroupInfo g = groups.get(e.nodeGroup());
            var offering = g.offering(e.offering()).orElseThrow();
            List<NodeState> added = new ArrayList<>();
            for (int i = 0; i < e.count(); i++) {
                added.add(request(g, offering).state);
            }
            expect(e.pods(), added);
            groups.put(g.name(), g.withLastScaleUp(instant(now)));
        }
        d.newlyImpossible(Set.of()).forEach(pp -> markImpossible(pods.get(pp.pod())));
        if (d.scalesUp()) {
            scaleUps++;
            nodesAdded += d.nodesAdded();
        }
    }

    /** Spreads the pods of one scale-up entry over its new nodes as the packer did: largest first, first fit. */
    private void expect(List<String> keys, List<NodeState> added) {
        List<NodeState> trial = added.stream().map(s -> new NodeState(s.node())).toList();
        List<SimPod> batchPods = keys.stream().map(pods::get).sorted(Binder.LARGEST_FIRST).toList();
        for (SimPod p : batchPods) {
            FirstFit.place(p.waiting, trial).ifPresent(s -> p.nominated = Optional.of(nodes.get(s.name())));
        }
    }

    private void nominate(SimPod p, SimNode n) {
        if (n.phase != SimNode.Phase.READY) {
            p.nominated = Optional.of(n);
        } else {
            binder.choose(p).ifPresent(to -> start(p, to));
        }
    }

    private void markImpossible(SimPod p) {
        if (!p.impossible && p.phase == SimPod.Phase.WAITING) {
            p.impossible = true;
            closed();
        }
    }

    private SimNode request(NodeGroupInfo g, Offering offering) {
        NodeInfo template = Template.of(g, offering).node();
        SimNode n = new SimNode(g.name() + "-" + (++nodeSeq), g.name(), offering, now, template.labels(),
                template.taints());
        nodes.put(n.name, n);
        nodesPerGroup.merge(g.name(), 1, Integer::sum);
        meter.nodeRequested(n);
        changedSinceScan = true;
        events.at(now + policy.provisioningDelay(offering.name()).toMillis(), new Event.NodeReady(n));
        return n;
    }

    private void ready(SimNode n) {
        if (n.phase != SimNode.Phase.PROVISIONING) {
            return;
        }
        n.phase = SimNode.Phase.READY;
        meter.nodeReady(n);
        changedSinceScan = true;
        fill(n);
        List<SimPod> disappointed = waiting.stream().filter(w -> w.nominated.filter(x -> x == n).isPresent()).toList();
        disappointed.forEach(w -> w.nominated = Optional.empty());
        observe(disappointed);
    }

    private void gone(SimNode n) {
        n.phase = SimNode.Phase.GONE;
        n.goneAt = now;
        meter.nodeGone(n);
        nodes.remove(n.name);
    }

    /** The periodic pass: pending pods are observed again, then scale-down is considered; false ends the run. */
    private boolean scan() {
        observe(new ArrayList<>(waiting));
        List<Removal> removals = List.of();
        if (changedSinceScan || now >= nextTimer) {
            changedSinceScan = false;
            ScaleDownDecision d = scaleDown.plan(snapshot(List.of()), UnneededHistory.of(unneededSince), instant(now));
            unneededSince = d.unneededSince();
            nextTimer = nextTimer();
            removals = d.removals();
            removals.forEach(this::remove);
        }
        if (settled(removals)) {
            return false;
        }
        events.at(now + policy.scanInterval().toMillis(), new Event.Scan());
        return true;
    }

    /**
     * When the last pass could next decide differently with the cluster unchanged: the first unneeded
     * node whose unneeded time runs out, or the end of the hold after a scale-up. Until then, and while
     * nothing changes, a pass (a pure function of the cluster, the observations and the time) would
     * repeat the last one, which removed nothing, so it is skipped; this only saves time.
     */
    private long nextTimer() {
        long next = Long.MAX_VALUE;
        for (var e : unneededSince.entrySet()) {
            SimNode n = nodes.get(e.getKey());
            if (n != null) {
                long at = e.getValue().plus(groups.get(n.group).scaleDownPolicy().unneededTime()).toEpochMilli();
                next = at > now ? Math.min(next, at) : next;
            }
        }
        for (NodeGroupInfo g : groups.values()) {
            long hold = g.lastScaleUpTime().map(t -> t.plus(policy.scaleDown().delayAfterScaleUp()).toEpochMilli())
                    .orElse(Long.MIN_VALUE);
            next = hold > now ? Math.min(next, hold) : next;
        }
        return next;
    }

    /** Over once every pod is done or impossible and nothing can be removed any more. */
    private boolean settled(List<Removal> removals) {
        if (open > 0 || !removals.isEmpty() || nodes.values().stream().anyMatch(n -> n.phase == SimNode.Phase.DRAINING)) {
            return false;
        }
        long wait = policy.longestUnneededTime().plus(policy.scaleDown().delayAfterScaleUp()).toMillis();
        return now >= quietSince + wait + policy.scanInterval().toMillis();
    }

    private void remove(Removal r) {
        SimNode n = nodes.get(r.node());
        n.phase = SimNode.Phase.DRAINING;
        nodesPerGroup.merge(n.group, -1, Integer::sum);
        meter.nodeDraining(n);
        scaleDowns++;
        changedSinceScan = true;
        List<SimPod> evicted = n.state.pods().stream().map(p -> pods.get(p.key())).toList();
        for (SimPod p : evicted) {
            stop(p);
            p.remainingMillis -= now - p.startedAt;
            p.version++;
            p.phase = SimPod.Phase.WAITING;
            meter.pendingChanged(1);
            waiting.add(p);
        }
        for (SimPod p : evicted) {
            binder.choose(p).ifPresentOrElse(to -> start(p, to), () -> observe(List.of(p)));
        }
        events.at(now + policy.removalDelay().toMillis(), new Event.NodeGone(n));
    }

    /** The cluster as the planners see it: managed nodes, running pods, pods expected on joining nodes. */
    private ClusterSnapshot snapshot(List<PodInfo> pending) {
        List<NodeInfo> infos = new ArrayList<>();
        List<PodInfo> all = new ArrayList<>(pending);
        for (SimNode n : nodes.values()) {
            if (n.managed()) {
                infos.add(n.info());
                all.addAll(n.state.pods());
            }
        }
        if (!waiting.isEmpty()) {
            for (SimPod w : waiting) {
                w.nominated.filter(SimNode::managed).ifPresent(n -> all.add(w.boundTo(n)));
            }
        }
        List<NodeGroupInfo> sized = groups.values().stream().map(g -> g.withCurrentNodes(nodesPerGroup.get(g.name())))
                .toList();
        return new ClusterSnapshot(all, infos, List.of(), sized);
    }

    private static Instant instant(long millis) {
        return EPOCH.plusMillis(millis);
    }

    /** The counts a summary needs, read once the run is over. */
    RunCounts counts() {
        return new RunCounts(scaleUps, nodesAdded, scaleDowns, now);
    }

    record RunCounts(int scaleUps, int nodesAdded, int scaleDowns, long endMillis) {
    }

    Meter meter() {
        return meter;
    }

    Collection<SimPod> pods() {
        return pods.values();
    }

    Collection<SimNode> liveNodes() {
        return nodes.values();
    }
}
