package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.common.NodeTaint;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodePhase;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNodeStatus;
import io.provctl.operator.settings.Settings;
import io.provctl.operator.status.Conditions;
import io.provctl.provider.NodeProvider;
import io.provctl.provider.NodeRequest;
import io.provctl.provider.ProviderNode;

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

    /** Pending: find the VM by the UID tag, or create it; the tag makes a retried create find the first. */
    public Next pending(Step s) {
        String uid = s.node().getMetadata().getUid();
        Optional<ProviderNode> existing = provider.findByTag(UID_TAG, uid).stream().findFirst();
        ProviderNode vm = existing.orElseGet(() -> create(s));
        s.status().setInstanceID(vm.id());
        s.status().setProviderID(providerId(vm));
        s.status().setProvisioningAt(s.now().toString());
        s.enter(ManagedNodePhase.PROVISIONING);
        s.condition(VM_READY, false, "Provisioning", "VM " + vm.id() + " requested");
        return Next.in(Duration.ZERO);
    }

    private ProviderNode create(Step s) {
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
        return provider.createNode(new NodeRequest(name, mn.getSpec().getInstanceType(), mn.getSpec().getDatacenterID(),
                tags, CloudInit.render(name, Optional.ofNullable(mn.getSpec().getKubernetesVersion()), join)));
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
        applyLabelsAndTaints(s.node(), node.get());
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

    /** Terminating: cordon and drain; on timeout uncordon, report, and try again after a pause. */
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

    private void applyLabelsAndTaints(ManagedNode mn, Node node) {
        client.nodes().withName(node.getMetadata().getName()).edit(n -> {
            Map<String, String> labels = new HashMap<>(Optional.ofNullable(n.getMetadata().getLabels()).orElse(Map.of()));
            labels.putAll(Optional.ofNullable(mn.getSpec().getLabels()).orElse(Map.of()));
            labels.put(ApiGroup.NODEGROUP_LABEL, mn.getSpec().getNodeGroupName());
            labels.put(ApiGroup.MANAGEDNODE_LABEL, mn.getMetadata().getName());
            n.getMetadata().setLabels(labels);
            List<Taint> taints = new ArrayList<>(Optional.ofNullable(n.getSpec().getTaints()).orElse(List.of()));
            for (NodeTaint t : Optional.ofNullable(mn.getSpec().getTaints()).orElse(List.of())) {
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
