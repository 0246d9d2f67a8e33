package io.provctl.operator.nodegroup;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.provctl.operator.api.v1alpha1.ApiGroup;
import io.provctl.operator.api.v1alpha1.managednode.CapacityTypeName;
import io.provctl.operator.api.v1alpha1.managednode.ManagedNode;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroup;
import io.provctl.operator.api.v1alpha1.nodegroup.NodeGroupStatus;
import io.provctl.operator.events.EventRecorder;
import io.provctl.operator.metrics.OperatorMetrics;
import io.provctl.operator.settings.Settings;
import io.provctl.operator.settings.SettingsSource;
import io.provctl.operator.status.StatusDiff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a NodeGroup's ManagedNodes at its target size. Thin: it reads, asks {@link ScalingPlanner}
 * and {@link NodeGroupStatusAggregator}, then writes ManagedNodes and one status patch. Deleting a group
 * deletes its ManagedNodes, whose own finalizers drain them and remove their VMs; the group's finalizer
 * stays until the last one is gone (the CRUD mock and some clusters have no garbage collector to rely on).
 */
@ControllerConfiguration(name = NodeGroupReconciler.NAME)
public final class NodeGroupReconciler implements Reconciler<NodeGroup>, Cleaner<NodeGroup> {

    public static final String NAME = "nodegroup";
    private static final Logger LOG = LoggerFactory.getLogger(NodeGroupReconciler.class);
    private static final String MANAGED_NODES = "managednodes";

    private final SettingsSource settings;
    private final Clock clock;
    private final OperatorMetrics metrics;
    private final Duration recheck;

    public NodeGroupReconciler(SettingsSource settings, Clock clock, OperatorMetrics metrics, Duration recheck) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.recheck = recheck;
    }

    @Override
    public List<EventSource<?, NodeGroup>> prepareEventSources(EventSourceContext<NodeGroup> context) {
        return List.of(new InformerEventSource<>(InformerEventSourceConfiguration
                .from(ManagedNode.class, NodeGroup.class)
                .withName(MANAGED_NODES)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(NodeGroup.class))
                .build(), context));
    }

    @Override
    public UpdateControl<NodeGroup> reconcile(NodeGroup group, Context<NodeGroup> context) {
        return metrics.reconcile(NAME, () -> doReconcile(group, context));
    }

    private UpdateControl<NodeGroup> doReconcile(NodeGroup group, Context<NodeGroup> context) {
        Instant now = clock.instant();
        Settings current = settings.current();
        List<ManagedNode> members = List.copyOf(context.getSecondaryResources(ManagedNode.class));
        List<String> problems = NodeGroupValidation.problems(group.getSpec());
        NodeGroupStatus before = Optional.ofNullable(group.getStatus()).orElseGet(NodeGroupStatus::new);
        Optional<Integer> target = problems.isEmpty() ? Optional.of(ScalingPlanner.target(
                Optional.ofNullable(before.getDesiredNodes()), group.getSpec().getMinNodes(),
                group.getSpec().getMaxNodes())) : Optional.empty();
        ScalingDecision decision = target.map(t -> ScalingPlanner.decide(group.getMetadata().getName(), t,
                members.stream().map(NodeGroupReconciler::member).toList(), clusterNodes(context), current,
                time(before.getLastScaleUpTime()), time(before.getLastScaleDownTime()), now))
                .orElse(new ScalingDecision.Hold("invalid spec"));
        List<OfferingCount> pending = pending(before);
        Map<String, String> instanceTypes = Map.of();
        Map<String, CapacityTypeName> capacities = Map.of();
        if (decision instanceof ScalingDecision.ScaleUp up) {
            PendingOfferings.Assignment assignment = PendingOfferings.assign(up.names(), pending,
                    Set.copyOf(group.getSpec().getOfferingIDs()), ManagedNodes.preferredInstanceType(group));
            instanceTypes = assignment.instanceTypes();
            pending = assignment.left();
            List<ManagedNode> activeMembers = members.stream()
                    .filter(m -> m.getMetadata().getDeletionTimestamp() == null).toList();
            int activeSpot = (int) activeMembers.stream()
                    .filter(m -> ManagedNodes.capacity(m) == CapacityTypeName.SPOT).count();
            capacities = SpotSplit.assign(up.names(), assignment.onDemand(), activeMembers.size(), activeSpot,
                    group.getSpec().getSpotConfig());
        }
        act(group, decision, instanceTypes, capacities, current, context);
        int created = instanceTypes.size();
        // An invalid spec decides nothing, so it leaves the autoscaler's choices for when it is fixed.
        int room = target.map(t -> t - active(members) - created).orElse(Integer.MAX_VALUE);
        NodeGroupStatus status = NodeGroupStatusAggregator.aggregate(group, members, target, problems, decision,
                PendingOfferings.trim(pending, room), now);
        metrics.nodeGroup(key(group), Optional.ofNullable(status.getDesiredNodes()).orElse(0),
                status.getCurrentNodes(), status.getReadyNodes());
        Duration after = decision instanceof ScalingDecision.Hold ? recheck : Duration.ofSeconds(1);
        if (StatusDiff.same(before, status)) {
            return UpdateControl.<NodeGroup>noUpdate().rescheduleAfter(after);
        }
        // The framework patches without a resourceVersion and caches the result, so the next reconcile
        // sees this status even before the informer delivers it.
        group.setStatus(status);
        return UpdateControl.patchStatus(group).rescheduleAfter(after);
    }

    /**
     * {@code instanceTypes} and {@code capacities} hold the instance type and the capacity type of each
     * ManagedNode a scale-up creates.
     */
    private void act(NodeGroup group, ScalingDecision decision, Map<String, String> instanceTypes,
                     Map<String, CapacityTypeName> capacities, Settings current, Context<NodeGroup> context) {
        KubernetesClient client = context.getClient();
        EventRecorder events = new EventRecorder(client, clock);
        if (decision instanceof ScalingDecision.ScaleUp) {
            instanceTypes.forEach((name, type) -> create(client, ManagedNodes.desired(group, name, type,
                    capacities.getOrDefault(name, CapacityTypeName.ON_DEMAND), current)));
            events.normal(group, "ScalingUp", "creating ManagedNodes " + String.join(", ", instanceTypes.entrySet()
                    .stream().map(e -> e.getKey() + " (" + e.getValue()
                            + (capacities.get(e.getKey()) == CapacityTypeName.SPOT ? ", spot" : "") + ")").toList()));
        } else if (decision instanceof ScalingDecision.ScaleDown down) {
            down.names().forEach(name -> client.resources(ManagedNode.class)
                    .inNamespace(group.getMetadata().getNamespace()).withName(name).delete());
            events.normal(group, "ScalingDown", "removing ManagedNodes " + String.join(", ", down.names()));
        }
    }

    /** AlreadyExists means an earlier reconcile made it and the cache has not caught up: nothing to do. */
    private static void create(KubernetesClient client, ManagedNode node) {
        try {
            client.resource(node).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            LOG.debug("ManagedNode {} exists already", node.getMetadata().getName());
        }
    }

    @Override
    public DeleteControl cleanup(NodeGroup group, Context<NodeGroup> context) {
        return metrics.reconcile(NAME, () -> {
            List<ManagedNode> members = List.copyOf(context.getSecondaryResources(ManagedNode.class));
            if (members.isEmpty()) {
                metrics.nodeGroupGone(key(group));
                return DeleteControl.defaultDelete();
            }
            members.stream().filter(m -> m.getMetadata().getDeletionTimestamp() == null)
                    .forEach(m -> context.getClient().resource(m).delete());
            return DeleteControl.noFinalizerRemoval().rescheduleAfter(Duration.ofSeconds(1));
        });
    }

    private static List<OfferingCount> pending(NodeGroupStatus status) {
        return Optional.ofNullable(status.getPendingScaleUps()).orElse(List.of()).stream()
                .filter(p -> p.getOffering() != null && p.getCount() != null)
                .map(p -> new OfferingCount(p.getOffering(), Math.max(0, p.getCount()), p.getCapacityType())).toList();
    }

    private static int active(List<ManagedNode> members) {
        return (int) members.stream().filter(m -> m.getMetadata().getDeletionTimestamp() == null).count();
    }

    private static int clusterNodes(Context<NodeGroup> context) {
        return (int) ((InformerEventSource<ManagedNode, NodeGroup>) context.eventSourceRetriever()
                .getEventSourceFor(ManagedNode.class, MANAGED_NODES)).list(m -> true).count();
    }

    private static MemberNode member(ManagedNode m) {
        return new MemberNode(m.getMetadata().getName(), NodeGroupStatusAggregator.phase(m),
                Optional.ofNullable(m.getMetadata().getCreationTimestamp()).map(Instant::parse).orElse(Instant.EPOCH),
                m.getMetadata().getDeletionTimestamp() != null,
                "true".equals(Optional.ofNullable(m.getMetadata().getAnnotations()).orElse(Map.of())
                        .get(ApiGroup.SCALE_DOWN_ANNOTATION)));
    }

    private static Optional<Instant> time(String value) {
        return Optional.ofNullable(value).map(Instant::parse);
    }

    private static String key(NodeGroup group) {
        return group.getMetadata().getNamespace() + "/" + group.getMetadata().getName();
    }
}
