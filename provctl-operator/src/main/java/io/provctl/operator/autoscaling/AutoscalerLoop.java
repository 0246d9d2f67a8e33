package io.provctl.operator.autoscaling;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.autoscaler.model.ClusterSnapshot;
import io.provctl.autoscaler.model.PodInfo;
import io.provctl.autoscaler.scaledown.Removal;
import io.provctl.autoscaler.scaledown.ScaleDownDecision;
import io.provctl.autoscaler.scaledown.ScaleDownPlanner;
import io.provctl.autoscaler.scaledown.UnneededHistory;
import io.provctl.autoscaler.scaleup.Expander;
import io.provctl.autoscaler.scaleup.PendingPod;
import io.provctl.autoscaler.scaleup.PodBatcher;
import io.provctl.autoscaler.scaleup.ScaleUpDecision;
import io.provctl.autoscaler.scaleup.ScaleUpEntry;
import io.provctl.autoscaler.scaleup.ScaleUpPlanner;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.events.EventRecorder;
import io.provctl.operator.schedule.RepeatingTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The node autoscaler: every interval, while this replica leads, it reads the cluster from its informer
 * caches (passes wait until they have synced), batches unschedulable pods and sizes a scale-up for a due
 * batch, else looks for unneeded nodes to remove. It only writes NodeGroup status and marks ManagedNodes; the NodeGroup reconciler makes the change. Its
 * memory (the open batch, since when nodes are unneeded, impossible pods already reported) lives here,
 * one pass at a time on one thread, and is dropped whenever this replica stops leading.
 */
public final class AutoscalerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AutoscalerLoop.class);
    private static final Duration CACHE_SYNC_TIMEOUT = Duration.ofSeconds(60);

    private final ClusterReader reader;
    private final ClusterSnapshotBuilder snapshots;
    private final LeaderCheck leader;
    private final Clock clock;
    private final AutoscalerOptions options;
    private final Optional<PriorityConfigMap> priorities;
    private final ScaleDownPlanner scaleDown;
    private final ScaleUpWriter growth;
    private final ScaleDownWriter shrinking;
    private final AutoscalerMetrics metrics;
    private volatile Optional<RepeatingTask> task = Optional.empty();

    private Optional<PodBatcher.Batch> batch = Optional.empty();
    private Map<String, Instant> unneededSince = Map.of();
    private Set<String> reportedImpossible = Set.of();

    public AutoscalerLoop(KubernetesClient client, LeaderCheck leader, Clock clock, AutoscalerOptions options,
                          AutoscalerMetrics metrics) {
        this.reader = new ClusterReader(client);
        this.snapshots = new ClusterSnapshotBuilder(options.prices());
        this.leader = leader;
        this.clock = clock;
        this.options = options;
        this.scaleDown = new ScaleDownPlanner(options.scaleDown());
        EventRecorder events = new EventRecorder(client, clock);
        this.priorities = options.priorityConfigMap().map(ref -> new PriorityConfigMap(client, ref, events));
        GroupStatusWriter status = new GroupStatusWriter(client);
        this.metrics = metrics;
        this.growth = new ScaleUpWriter(status, events, metrics);
        this.shrinking = new ScaleDownWriter(client, status, events, metrics);
    }

    /**
     * Starts the caches and the passes. It waits for the caches (bounded, as the operator waits for its own
     * informers) so the first pass sees the whole cluster; if they take longer, passes wait for them.
     */
    public AutoscalerLoop start() {
        try {
            reader.start().get(CACHE_SYNC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("autoscaler caches not synced yet ({}); passes wait for them", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        task = Optional.of(RepeatingTask.start("autoscaler", options.interval(), this::passOnceSynced));
        LOG.info("autoscaler started (expander {}, every {})", options.expanderName(), options.interval());
        return this;
    }

    /**
     * How many passes have run to the end, led or not, once the caches had synced (a pass before that does
     * nothing and is not counted); lets callers wait for the loop without sleeping.
     */
    public long completedPasses() {
        return task.map(RepeatingTask::completedRuns).orElse(0L);
    }

    /**
     * A pass once the caches have synced; one before that does nothing and does not count. A failed pass
     * (API server away, a conflict) is logged by the task and the next one decides afresh.
     */
    private boolean passOnceSynced() {
        if (!reader.synced()) {
            LOG.debug("autoscaler waiting for its caches to sync");
            return false;
        }
        pass();
        return true;
    }

    void pass() {
        if (!leader.leading()) {
            forget();
            return;
        }
        // Wall time, not the injected clock: the metric is how long a pass really takes.
        long started = System.nanoTime();
        try {
            Instant now = clock.instant();
            ClusterObjects objects = reader.read();
            ClusterSnapshot snapshot = snapshots.build(objects);
            if (!scaleUp(snapshot, objects, now)) {
                scaleDown(snapshot, objects, now);
            }
            metrics.pods(snapshot.unschedulablePods().size(), reportedImpossible.size());
        } finally {
            metrics.passTook(System.nanoTime() - started);
        }
    }

    /** A standby reports no pods: only the leader's view counts, and two replicas must not add up. */
    private void forget() {
        batch = Optional.empty();
        unneededSince = Map.of();
        reportedImpossible = Set.of();
        metrics.pods(0, 0);
    }

    /** Returns whether it asked for nodes; a pass that grows a group removes none. */
    private boolean scaleUp(ClusterSnapshot snapshot, ClusterObjects objects, Instant now) {
        Map<String, PodInfo> pending = snapshot.unschedulablePods().stream()
                .collect(Collectors.toMap(PodInfo::key, Function.identity(), (a, b) -> a));
        // Impossible pods stay pending forever; left in, they would reopen a batch on every pass.
        reportedImpossible = reportedImpossible.stream().filter(pending::containsKey).collect(Collectors.toSet());
        Set<String> candidates = new HashSet<>(pending.keySet());
        candidates.removeAll(reportedImpossible);
        batch = options.batcher().observe(batch, candidates, now);
        if (batch.isEmpty() || !options.batcher().isDue(batch.get(), now)) {
            return false;
        }
        List<PodInfo> due = batch.get().pods().stream().filter(pending::containsKey).map(pending::get).toList();
        batch = Optional.empty();
        return !due.isEmpty() && act(planner().plan(snapshot, due, now), pending, objects, now);
    }

    /** A planner with the expander as it is configured now: a priority ConfigMap may have changed. */
    private ScaleUpPlanner planner() {
        Expander fallback = options.scaleUp().expander();
        Expander expander = priorities.map(p -> p.expander(fallback)).orElse(fallback);
        return new ScaleUpPlanner(options.scaleUp().withExpander(expander));
    }

    private boolean act(ScaleUpDecision decision, Map<String, PodInfo> pending, ClusterObjects objects,
                        Instant now) {
        Map<String, NodeGroup> groups = byName(objects.groups());
        Map<String, List<ScaleUpEntry>> byGroup = decision.scaleUps().stream()
                .collect(Collectors.groupingBy(ScaleUpEntry::nodeGroup, LinkedHashMap::new, Collectors.toList()));
        byGroup.forEach((name, entries) -> Optional.ofNullable(groups.get(name))
                .ifPresent(g -> growth.grow(g, entries, pending, now)));
        List<PendingPod> impossible = decision.newlyImpossible(reportedImpossible);
        if (!impossible.isEmpty()) {
            Map<String, Pod> pods = objects.pods().stream().collect(Collectors.toMap(
                    p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName(), Function.identity(), (a, b) -> a));
            impossible.forEach(p -> growth.impossible(p, pods));
            Set<String> reported = new HashSet<>(reportedImpossible);
            impossible.forEach(p -> reported.add(p.pod()));
            reportedImpossible = reported;
        }
        return decision.scalesUp();
    }

    private void scaleDown(ClusterSnapshot snapshot, ClusterObjects objects, Instant now) {
        ScaleDownDecision decision = scaleDown.plan(snapshot, UnneededHistory.of(unneededSince), now);
        unneededSince = decision.unneededSince();
        if (decision.removals().isEmpty()) {
            return;
        }
        Map<String, NodeGroup> groups = byName(objects.groups());
        Map<String, List<Removal>> byGroup = decision.removals().stream()
                .collect(Collectors.groupingBy(Removal::nodeGroup));
        Map<String, String> managedByNode = managedByNode(objects.nodes());
        byGroup.forEach((name, removals) -> Optional.ofNullable(groups.get(name)).ifPresent(g ->
                shrinking.shrink(g, members(objects.managedNodes(), name), removals, managedByNode)));
    }

    private static List<ManagedNode> members(List<ManagedNode> all, String group) {
        return all.stream().filter(m -> group.equals(m.getSpec().getNodeGroupName())).toList();
    }

    private static Map<String, String> managedByNode(List<Node> nodes) {
        Map<String, String> out = new HashMap<>();
        for (Node n : nodes) {
            Optional.ofNullable(n.getMetadata().getLabels()).map(l -> l.get(ApiGroup.MANAGEDNODE_LABEL))
                    .ifPresent(m -> out.put(n.getMetadata().getName(), m));
        }
        return out;
    }

    private static Map<String, NodeGroup> byName(List<NodeGroup> groups) {
        return groups.stream().collect(Collectors.toMap(g -> g.getMetadata().getName(), Function.identity(),
                (a, b) -> a));
    }

    @Override
    public void close() {
        try {
            task.ifPresent(RepeatingTask::close);
        } finally {
            reader.close();
        }
    }
}
