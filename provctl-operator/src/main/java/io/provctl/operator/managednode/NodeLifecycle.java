package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.settings.Settings;
import io.provctl.operator.status.Conditions;
import io.provctl.provider.CapacityType;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderException;
import io.provctl.provider.ProviderNode;
import io.provctl.rightsizing.placement.SpotNodes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a ManagedNode's life, one per phase. Each step reads the outside world, changes the
 * status copy it is given (phase, timestamps, one condition) and says when to look again; it is
 * idempotent and returns early when its work is already done. The reconciler writes the status.
 */
public final class NodeLifecycle {

    /** The tag that carries the ManagedNode's UID on its VM: the key that makes creation idempotent. */
    public static final String UID_TAG = "provctl.io/managednode-uid";
    public static final String VM_READY = "VMReady";
    public static final String NODE_JOINED = "NodeJoined";
    public static final String NODE_READY = "NodeReady";
    public static final String ERROR = "Error";
    /** On nodes that ask for spot: True when the VM runs on spot, False when it fell back or could not. */
    public static final String SPOT_CAPACITY = "SpotCapacity";
    /** The reason of a SpotCapacity=False condition after a fallback; a retried create then asks for on-demand. */
    public static final String FELL_BACK = "FellBackToOnDemand";
    /** Time between two drain attempts after one gave up. */
    static final Duration DRAIN_RETRY = Duration.ofMinutes(1);

    private final KubernetesClient client;
    private final NodeProvider provider;
    private final Drainer drainer;
    private final Duration poll;

    public NodeLifecycle(KubernetesClient client, NodeProvider provider, Duration poll) {
        this.client = client;
        this.provider = provider;
        this.drainer = new Drainer(client);
        this.poll = poll;
    }

    /** What a step asks for next: when to look again, if at all. */
    public record Next(Optional<Duration> after) {
        public static Next in(Duration d) {
            return new Next(Optional.of(d));
        }

        static Next idle() {
            return new Next(Optional.empty());
        }

        /**
         * Look again at {@code due}, or after {@code poll} if that comes first: long waits are checked
         * in polls rather than slept in one piece, so that a clock that jumps (a suspended host, a
         * test) is noticed.
         */
        public static Next at(Instant now, Instant due, Duration poll) {
            Duration left = Duration.between(now, due);
            return in(left.isNegative() ? Duration.ZERO : left.compareTo(poll) < 0 ? left : poll);
        }
    }

    /** An event a step asks the reconciler to record, besides the one every phase change gets. */
    public record Note(boolean warning, String reason, String message) {
    }

    /**
     * The state of one reconcile: the resource, the status being built, the time, the settings, and
     * the events to record once the status is written.
     */
    public record Step(ManagedNode node, ManagedNodeStatus status, Instant now, Settings settings, List<Note> notes) {
        public Step(ManagedNode node, ManagedNodeStatus status, Instant now, Settings settings) {
            this(node, status, now, settings, new ArrayList<>());
        }

        /** Moves to {@code phase}; each transition becomes its own event, even several in one reconcile. */
        void enter(ManagedNodePhase phase) {
            String from = Optional.ofNullable(status.getPhase()).map(ManagedNodePhase::label).orElse("-");
            status.setPhase(phase);
            String message = "phase " + from + " -> " + phase.label();
            if (phase == ManagedNodePhase.FAILED) {
                notes.add(new Note(true, "Failed", message + ": " + status.getLastError()));
            } else {
                notes.add(new Note(false, phase.label(), message));
            }
        }

        void warn(String reason, String message) {
            notes.add(new Note(true, reason, message));
        }

        void condition(String type, boolean value, String reason, String message) {
            status.setConditions(Conditions.set(Optional.ofNullable(status.getConditions()).orElse(List.of()), type,
                    value, reason, message, now, node.getMetadata().getGeneration()));
        }
    }

    /**
     * Pending: find the VM by the UID tag, or create it; the tag makes a retried create find the first. A
     * spot node the provider has no spot capacity for is made on-demand when its spec allows the fallback
     * (a warning event and SpotCapacity=False say why, and later retries ask for on-demand), else it fails.
     */
    public Next pending(Step s) {
        String uid = s.node().getMetadata().getUid();
        Optional<ProviderNode> existing = provider.findByTag(UID_TAG, uid).stream().findFirst();
        ProviderNode vm;
        if (existing.isPresent()) {
            vm = existing.get();
        } else {
            NodeRequest request = request(s);
            if (request.capacity() != CapacityType.SPOT) {
                vm = provider.createNode(request);
            } else {
                try {
                    vm = provider.createNode(request);
                } catch (ProviderException e) {
                    if (e.kind() != ProviderException.Kind.SPOT_UNAVAILABLE) {
                        throw e;
                    }
                    if (!fallbackAllowed(s.node())) {
                        String message = e.getMessage() + "; spotConfig.fallbackToOnDemand is false, so the node fails";
                        s.condition(SPOT_CAPACITY, false, "SpotUnavailable", message);
                        return fail(s, "SpotUnavailable", message);
                    }
                    String message = e.getMessage() + "; falling back to on-demand";
                    s.condition(SPOT_CAPACITY, false, FELL_BACK, message);
                    s.warn("SpotUnavailable", message);
                    vm = provider.createNode(request.withCapacity(CapacityType.ON_DEMAND));
                }
            }
        }
        s.status().setInstanceID(vm.id());
        s.status().setProviderID(providerId(vm));
        s.status().setCapacityType(CapacityTypeName.of(vm.capacity()));
        if (vm.capacity() == CapacityType.SPOT) {
            s.condition(SPOT_CAPACITY, true, "SpotObtained", "VM " + vm.id() + " runs on spot capacity");
        }
        s.status().setProvisioningAt(s.now().toString());
        s.enter(ManagedNodePhase.PROVISIONING);
        s.condition(VM_READY, false, "Provisioning", "VM " + vm.id() + " requested");
        return Next.in(Duration.ZERO);
    }

    /** What the spec asks for, or on-demand once this node has fallen back from spot. */
    static CapacityType wanted(ManagedNode mn, ManagedNodeStatus status) {
        CapacityTypeName asked = Optional.ofNullable(mn.getSpec().getCapacityType()).orElse(CapacityTypeName.ON_DEMAND);
        boolean fellBack = Conditions.find(Optional.ofNullable(status.getConditions()).orElse(List.of()), SPOT_CAPACITY)
                .map(c -> FELL_BACK.equals(c.getReason())).orElse(false);
        return fellBack ? CapacityType.ON_DEMAND : asked.toDomain();
    }

    private static boolean fallbackAllowed(ManagedNode mn) {
        return !Boolean.FALSE.equals(mn.getSpec().getFallbackToOnDemand());
    }

    private NodeRequest request(Step s) {
        ManagedNode mn = s.node();
        String secretName = Optional.ofNullable(mn.getSpec().getJoinSecretName()).orElse("provctl-join");
        Optional<Secret> secret = Optional.ofNullable(client.secrets().inNamespace(mn.getMetadata().getNamespace())
                .withName(secretName).get());
        JoinSecret.Result result = JoinSecret.from(secret, secretName);
        if (result instanceof JoinSecret.Result.Missing missing) {
            throw new JoinSecretMissing(missing.reason());
        }
        JoinSecret join = ((JoinSecret.Result.Found) result).secret();
        String name = vmName(mn);
        Map<String, String> tags = Map.of(UID_TAG, mn.getMetadata().getUid(),
                ApiGroup.NODEGROUP_LABEL, mn.getSpec().getNodeGroupName(), ApiGroup.MANAGEDNODE_LABEL, name);
        return new NodeRequest(name, mn.getSpec().getInstanceType(), mn.getSpec().getDatacenterID(), tags,
                CloudInit.render(name, Optional.ofNullable(mn.getSpec().getKubernetesVersion()), join),
                wanted(mn, s.status()));
    }

    /** Provisioning: wait for the VM to run, within the provisioning timeout. */
    public Next provisioning(Step s) {
        Optional<ProviderNode> vm = provider.getNode(s.status().getInstanceID());
        if (vm.isEmpty()) {
            return fail(s, "VMLost", "VM " + s.status().getInstanceID() + " disappeared while provisioning");
        }
        if (vm.get().running()) {
            s.status().setIpAddress(vm.get().ip().orElse(null));
            s.status().setProvisionedAt(s.now().toString());
            s.enter(ManagedNodePhase.PROVISIONED);
            s.condition(VM_READY, true, "Running", "VM " + vm.get().id() + " is running");
            return Next.in(Duration.ZERO);
        }
        return timedOut(s, s.status().getProvisioningAt(), s.settings().provisioningTimeout())
                ? fail(s, "ProvisioningTimeout", "the VM did not run within " + s.settings().provisioningTimeout())
                : Next.in(poll);
    }

    /** Provisioned: wait for the Node to register, then label and taint it. */
    public Next provisioned(Step s, Collection<Node> nodes) {
        Optional<Node> node = NodeMatcher.match(nodes, s.status().getProviderID(), vmName(s.node()),
                Optional.ofNullable(s.status().getIpAddress()));
        if (node.isEmpty()) {
            return joinTimeout(s).orElse(Next.in(poll));
        }
        applyLabelsAndTaints(s.node(), capacity(s), node.get());
        s.status().setNodeName(node.get().getMetadata().getName());
        s.status().setJoinedAt(s.now().toString());
        s.enter(ManagedNodePhase.JOINING);
        s.condition(NODE_JOINED, true, "Registered", "Node " + node.get().getMetadata().getName() + " registered");
        return Next.in(Duration.ZERO);
    }

    /** Joining: wait for the Node to report Ready. */
    public Next joining(Step s, Collection<Node> nodes) {
        Optional<Node> node = nodes.stream().filter(n -> n.getMetadata().getName().equals(s.status().getNodeName()))
                .findFirst();
        if (node.isPresent() && NodeMatcher.ready(node.get())) {
            s.status().setReadyAt(s.now().toString());
            s.enter(ManagedNodePhase.READY);
            s.condition(NODE_READY, true, "KubeletReady", "Node is Ready");
            s.condition(ERROR, false, "None", "");
            return Next.idle();
        }
        return joinTimeout(s).orElse(Next.in(poll));
    }

    /** Failed: the VM is removed at once (once: the VMReady condition records it); the ManagedNode after the TTL. */
    public Next failed(Step s) {
        boolean removed = Conditions.find(Optional.ofNullable(s.status().getConditions()).orElse(List.of()), VM_READY)
                .map(c -> "Removed".equals(c.getReason())).orElse(false);
        if (!removed) {
            deleteVms(s);
            s.condition(VM_READY, false, "Removed", "the VM of a failed node is removed");
        }
        Instant failedAt = Optional.ofNullable(s.status().getFailedAt()).map(Instant::parse).orElse(s.now());
        Instant expiry = failedAt.plus(s.settings().failedNodeTtl());
        if (!s.now().isBefore(expiry)) {
            client.resource(s.node()).delete();
            return Next.idle();
        }
        return Next.at(s.now(), expiry, poll);
    }

    /**
     * Terminating: cordon and drain; on timeout uncordon, report, and try again after a pause. A node
     * interrupted by its provider drains until its interruption deadline instead.
     */
    public Next terminating(Step s, Collection<Node> nodes) {
        if (s.status().getTerminatingAt() == null) {
            s.status().setTerminatingAt(s.now().toString());
        }
        Optional<Node> node = Optional.ofNullable(s.status().getNodeName())
                .flatMap(n -> nodes.stream().filter(x -> x.getMetadata().getName().equals(n)).findFirst());
        if (node.isEmpty()) {
            s.enter(ManagedNodePhase.DELETING);
            return Next.in(Duration.ZERO);
        }
        Optional<Instant> interrupted = SpotInterruption.drainDeadline(s.node());
        if (interrupted.isPresent()) {
            return interruptedDrain(s, node.get(), interrupted.get());
        }
        Instant attempt = drainAttemptStart(s.status());
        if (s.now().isBefore(attempt)) {
            return Next.at(s.now(), attempt, poll);
        }
        Drainer.Progress progress = drainer.pass(node.get());
        if (progress instanceof Drainer.Progress.Done) {
            s.enter(ManagedNodePhase.DELETING);
            return Next.in(Duration.ZERO);
        }
        Drainer.Progress.Waiting waiting = (Drainer.Progress.Waiting) progress;
        if (s.now().isAfter(attempt.plus(s.settings().podEvictionTimeout()))) {
            drainer.cordon(node.get(), false);
            s.status().setDrainFailedAt(s.now().toString());
            String message = "drain gave up after " + s.settings().podEvictionTimeout() + " with " + waiting.remaining()
                    + " pods left" + (waiting.blockedBy().isEmpty() ? "" : ": " + String.join("; ", waiting.blockedBy()))
                    + "; node uncordoned, retrying in " + DRAIN_RETRY;
            s.status().setLastError(message);
            s.condition(ERROR, true, "DrainFailed", message);
            s.warn("DrainFailed", message);
            return Next.at(s.now(), s.now().plus(DRAIN_RETRY), poll);
        }
        return Next.in(poll);
    }

    /**
     * Terminating after a spot interruption notice: drain until the deadline the notice left
     * ({@link SpotInterruption#drainDeadline(Instant, Instant, Duration)}), never giving up and uncordoning
     * as an ordinary drain does after the eviction timeout, then delete the VM drained or not: the provider
     * takes it back at its own deadline anyway.
     */
    private Next interruptedDrain(Step s, Node node, Instant deadline) {
        if (!s.now().isBefore(deadline)) {
            s.warn("InterruptionDeadline", "the spot interruption drain deadline " + deadline
                    + " passed before the drain finished; deleting the VM");
            s.enter(ManagedNodePhase.DELETING);
            return Next.in(Duration.ZERO);
        }
        if (drainer.pass(node) instanceof Drainer.Progress.Done) {
            s.enter(ManagedNodePhase.DELETING);
            return Next.in(Duration.ZERO);
        }
        return Next.at(s.now(), deadline, poll);
    }

    /** Deleting: remove the Node and every VM tagged with this ManagedNode. */
    public void deleting(Step s) {
        Optional.ofNullable(s.status().getNodeName()).ifPresent(n -> client.nodes().withName(n).delete());
        deleteVms(s);
        s.status().setDeletedAt(s.now().toString());
    }

    private void deleteVms(Step s) {
        List<String> ids = new ArrayList<>();
        Optional.ofNullable(s.status().getInstanceID()).ifPresent(ids::add);
        provider.findByTag(UID_TAG, s.node().getMetadata().getUid()).forEach(vm -> {
            if (!ids.contains(vm.id())) {
                ids.add(vm.id());
            }
        });
        ids.forEach(provider::deleteNode);
    }

    /** Puts the node into Failed and records why; its VM goes on the next step. */
    public Next fail(Step s, String reason, String message) {
        s.status().setFailedAt(s.now().toString());
        s.status().setLastError(message);
        s.enter(ManagedNodePhase.FAILED);
        s.condition(ERROR, true, reason, message);
        return Next.in(Duration.ZERO);
    }

    private Optional<Next> joinTimeout(Step s) {
        return timedOut(s, s.status().getProvisionedAt(), s.settings().nodeReadyTimeout())
                ? Optional.of(fail(s, "JoinTimeout", "the node did not join and become Ready within "
                + s.settings().nodeReadyTimeout()))
                : Optional.empty();
    }

    private static boolean timedOut(Step s, String since, Duration limit) {
        return since != null && !s.now().isBefore(Instant.parse(since).plus(limit));
    }

    private static Instant drainAttemptStart(ManagedNodeStatus status) {
        Instant first = Instant.parse(status.getTerminatingAt());
        return Optional.ofNullable(status.getDrainFailedAt()).map(Instant::parse).map(t -> t.plus(DRAIN_RETRY))
                .filter(t -> t.isAfter(first)).orElse(first);
    }

    /**
     * The capacity the VM runs on: recorded when it was found or made (nodes made before the field existed
     * ask the provider), so the Node's label says what it is after a fallback, not what was asked for.
     */
    private CapacityType capacity(Step s) {
        return Optional.ofNullable(s.status().getCapacityType()).map(CapacityTypeName::toDomain).orElseGet(() -> {
            CapacityType found = Optional.ofNullable(s.status().getInstanceID()).flatMap(provider::getNode)
                    .map(ProviderNode::capacity).orElse(CapacityType.ON_DEMAND);
            s.status().setCapacityType(CapacityTypeName.of(found));
            return found;
        });
    }

    /**
     * The group's labels and taints, the capacity-type label ({@code node.provctl.io/capacity-type=spot} or
     * {@code on-demand}) and on spot nodes the taint {@code node.provctl.io/capacity-type=spot:NoSchedule}
     * ({@link SpotNodes}: the label and the toleration SPOT_INSTANCES recommendations select).
     */
    private void applyLabelsAndTaints(ManagedNode mn, CapacityType capacity, Node node) {
        client.nodes().withName(node.getMetadata().getName()).edit(n -> {
            Map<String, String> labels = new HashMap<>(Optional.ofNullable(n.getMetadata().getLabels()).orElse(Map.of()));
            labels.putAll(Optional.ofNullable(mn.getSpec().getLabels()).orElse(Map.of()));
            labels.put(ApiGroup.NODEGROUP_LABEL, mn.getSpec().getNodeGroupName());
            labels.put(ApiGroup.MANAGEDNODE_LABEL, mn.getMetadata().getName());
            labels.put(SpotNodes.LABEL_KEY, capacity.label());
            n.getMetadata().setLabels(labels);
            List<Taint> taints = new ArrayList<>(Optional.ofNullable(n.getSpec().getTaints()).orElse(List.of()));
            List<NodeTaint> wanted = new ArrayList<>(Optional.ofNullable(mn.getSpec().getTaints()).orElse(List.of()));
            if (capacity == CapacityType.SPOT) {
                NodeTaint spot = new NodeTaint();
                spot.setKey(SpotNodes.TAINT_KEY);
                spot.setValue(SpotNodes.TAINT_VALUE);
                spot.setEffect(SpotNodes.TAINT_EFFECT);
                wanted.add(spot);
            }
            for (NodeTaint t : wanted) {
                String effect = Optional.ofNullable(t.getEffect()).orElse("NoSchedule");
                taints.removeIf(x -> x.getKey().equals(t.getKey()) && effect.equals(x.getEffect()));
                taints.add(new TaintBuilder().withKey(t.getKey()).withValue(t.getValue()).withEffect(effect).build());
            }
            n.getSpec().setTaints(taints);
            return n;
        });
    }

    /** The VM's name, which is also the Node's name: the ManagedNode's own, unique in its namespace. */
    static String vmName(ManagedNode mn) {
        return mn.getMetadata().getName();
    }

    String providerId(ProviderNode vm) {
        return provider.name() + "://" + vm.id();
    }

    /** The join Secret is missing or incomplete: the node waits, with the reason in its Error condition. */
    public static final class JoinSecretMissing extends RuntimeException {
        public JoinSecretMissing(String message) {
            super(message);
        }
    }
}
