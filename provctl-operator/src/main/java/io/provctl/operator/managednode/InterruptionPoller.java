package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.autoscaling.LeaderCheck;
import io.provctl.operator.events.EventRecorder;
import io.provctl.provider.InterruptionNotice;
import io.provctl.provider.NodeProvider;
import io.provctl.operator.schedule.RepeatingTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hears the provider's spot interruption notices ({@link NodeProvider#interruptions()}) and hands each
 * interrupted node to its normal removal: on one thread, every {@code interval}, and only on the replica
 * that leads. For each notice whose VM belongs to a ManagedNode not yet handled it records the notice and
 * the drain deadline as annotations (the mark that makes a notice handled once, across polls and
 * restarts), a Warning event {@code SpotInterrupted} on the ManagedNode and its Node, one count of
 * {@code provctl_spot_interruptions_total{nodegroup}} (as {@code namespace/name}, like the other group
 * metrics), and deletes the ManagedNode: its finalizer drives
 * Terminating, a drain bounded by the deadline, then the VM's deletion, and the NodeGroup replaces it.
 */
public final class InterruptionPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptionPoller.class);

    private final KubernetesClient client;
    private final NodeProvider provider;
    private final LeaderCheck leader;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Duration interval;
    private final EventRecorder events;
    private volatile Optional<RepeatingTask> task = Optional.empty();

    public InterruptionPoller(KubernetesClient client, NodeProvider provider, LeaderCheck leader, Clock clock,
                              MeterRegistry registry, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interruption poll interval must be positive, not " + interval);
        }
        this.client = client;
        this.provider = provider;
        this.leader = leader;
        this.clock = clock;
        this.registry = registry;
        this.interval = interval;
        this.events = new EventRecorder(client, clock);
    }

    public InterruptionPoller start() {
        task = Optional.of(RepeatingTask.start("interruptions", interval, () -> {
            poll();
            return true;
        }));
        LOG.info("spot interruption notices polled every {}", interval);
        return this;
    }

    /** How many polls have run to the end, led or not; lets callers wait for the poller without sleeping. */
    public long completedPolls() {
        return task.map(RepeatingTask::completedRuns).orElse(0L);
    }


    /** One poll: nothing unless this replica leads. */
    void poll() {
        if (!leader.leading()) {
            return;
        }
        List<InterruptionNotice> notices = provider.interruptions();
        if (notices.isEmpty()) {
            return;
        }
        Map<String, ManagedNode> byInstance = client.resources(ManagedNode.class).inAnyNamespace().list().getItems()
                .stream().filter(m -> m.getStatus() != null && m.getStatus().getInstanceID() != null)
                .collect(Collectors.toMap(m -> m.getStatus().getInstanceID(), Function.identity(), (a, b) -> a));
        for (InterruptionNotice notice : notices) {
            ManagedNode mn = byInstance.get(notice.providerId());
            if (mn == null) {
                LOG.debug("interruption notice for VM {}, which no ManagedNode owns", notice.providerId());
            } else if (SpotInterruption.handled(mn)) {
                if (mn.getMetadata().getDeletionTimestamp() == null) {
                    // The mark was written but the deletion was not (the operator stopped in between).
                    client.resource(mn).delete();
                }
            } else {
                handle(mn, notice);
            }
        }
    }

    private void handle(ManagedNode mn, InterruptionNotice notice) {
        Instant now = clock.instant();
        String namespace = mn.getMetadata().getNamespace();
        String group = Optional.ofNullable(mn.getSpec().getNodeGroupName()).orElse("");
        Duration grace = SpotInterruption.gracePeriod(Optional.ofNullable(group.isEmpty() ? null
                        : client.resources(NodeGroup.class).inNamespace(namespace).withName(group).get())
                .map(g -> g.getSpec() == null ? null : g.getSpec().getSpotConfig()).orElse(null));
        Instant drainUntil = SpotInterruption.drainDeadline(now, notice.deadline(), grace);
        String patch = client.getKubernetesSerialization().asJson(Map.of("metadata", Map.of("annotations",
                SpotInterruption.annotations(notice, drainUntil))));
        client.resources(ManagedNode.class).inNamespace(namespace).withName(mn.getMetadata().getName())
                .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        String message = "spot interruption notice for VM " + notice.providerId() + " (" + notice.reason()
                + "): reclaimed at " + notice.deadline() + "; draining until " + drainUntil + ", then the VM is deleted";
        LOG.info("managednode {}/{}: {} {}", namespace, mn.getMetadata().getName(), SpotInterruption.REASON, message);
        events.warning(mn, SpotInterruption.REASON, message);
        Optional.ofNullable(mn.getStatus().getNodeName()).map(n -> client.nodes().withName(n).get())
                .filter(Objects::nonNull).ifPresent((Node node) -> events.warning(node, SpotInterruption.REASON,
                        message));
        Counter.builder("provctl.spot.interruptions").description("spot interruption notices handled")
                .tag("nodegroup", namespace + "/" + group).register(registry).increment();
        client.resources(ManagedNode.class).inNamespace(namespace).withName(mn.getMetadata().getName()).delete();
    }

    @Override
    public void close() {
        task.ifPresent(RepeatingTask::close);
    }
}
